using Microsoft.AspNetCore.Builder;
using Shop.Web.Operations;

namespace Shop.Tests.Operations;

/// <summary>Several nodes without Braintree keys: the start-up log says the simulated gateway is per node.</summary>
public class SimulatedPaymentsPerNodeTests
{
    [TestCase("redis:6379", "", true)]
    [TestCase("", "", false)]
    [TestCase("redis:6379", "merchant", false)]
    public async Task The_start_up_log_says_the_simulated_gateway_is_per_node_when_redis_is_set(string redis, string braintree, bool warned)
    {
        var log = new LogCapture();
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Redis:Configuration"] = redis;
        foreach (var key in new[] { "MerchantId", "PublicKey", "PrivateKey" }) builder.Configuration[$"Shop:Payments:Braintree:{key}"] = braintree;
        builder.Logging.AddProvider(log);
        await using var app = builder.Build();

        app.WarnOfSimulatedPaymentsPerNode();

        Assert.That(log.Lines.Any(l => l.Contains("each node runs its own simulated gateway")), Is.EqualTo(warned));
    }
}
