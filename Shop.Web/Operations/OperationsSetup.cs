using System.Net;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Shop.Web.Operations;

/// <summary>What an operator needs: health endpoints, correct client address behind a proxy, graceful shutdown.</summary>
public static class OperationsSetup
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);

        // Behind a load balancer the client address and scheme come from X-Forwarded-* — but only from proxies we
        // know, or anyone could claim any address and slip past per-address rate limits.
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });

        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(
            configuration.GetValue("Shop:ShutdownTimeoutSeconds", 30)));
        return services;
    }

    public static WebApplication UseForwardedHeadersFromKnownProxies(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }

    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).DisableHttpMetrics();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) }).DisableHttpMetrics();
        return app;
    }
}
