using System.Net;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Shop.Web.Shared;

namespace Shop.Web.Operations;

/// <summary>What an operator needs: health endpoints, correct client address behind a proxy, graceful shutdown.</summary>
public static class OperationsSetup
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddOperations(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);

        // Mails link to Shop:PublicUrl, and in Production only its host is served (AllowedHosts adds others).
        var url = ShopUrl.From(configuration, environment);
        services.AddSingleton(url);
        services.AddSingleton<PublicAddress>();
        var hosts = url.AllowedHosts(configuration, environment);
        services.Configure<HostFilteringOptions>(o => o.AllowedHosts = hosts);

        // Behind a load balancer the client address, scheme and host come from X-Forwarded-* — but only from proxies we
        // know (or anyone could slip past per-address rate limits), and only a host the shop serves.
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            if (!hosts.Contains("*")) o.AllowedHosts = hosts;
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });

        services.AddScoped<MainTextSwap>();

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
