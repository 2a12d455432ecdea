namespace Shop.Web.Live;

/// <summary>
/// Live updates over SignalR: one hub per audience (catalog, account, staff). Several nodes share messages through
/// the Redis backplane, registered with the other Redis services in <see cref="Operations.ScaleOutSetup"/>.
/// </summary>
public static class LiveSetup
{
    public static IServiceCollection AddLive(this IServiceCollection services)
    {
        services.AddSignalR(o => o.MaximumReceiveMessageSize = 4 * 1024); // clients only ever send a product id
        services.AddSingleton<StockFeed>();
        services.AddSingleton<Catalog.ICatalogListener>(sp => sp.GetRequiredService<StockFeed>());
        services.AddSingleton<LiveSessions>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveSessions>());
        services.AddSingleton<Account.ISignOutListener>(sp => sp.GetRequiredService<LiveSessions>());
        return services.AddSingleton<OrderFeed>();
    }

    public static WebApplication MapLiveHubs(this WebApplication app)
    {
        app.MapHub<CatalogHub>(CatalogHub.Path);
        app.MapHub<AccountHub>(AccountHub.Path);
        app.MapHub<StaffHub>(StaffHub.Path);
        return app;
    }

    /// <summary>
    /// Browsers send cookies with a WebSocket handshake from any site and do not apply CORS to it, so another site
    /// could open a shopper's account hub (cross-site WebSocket hijacking). A hub request that names a foreign
    /// Origin is refused. Requests without Origin come from
    /// non-browser clients, which hold no shopper's cookies unless they were given them.
    /// </summary>
    public static IApplicationBuilder UseLiveOriginCheck(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments("/hubs") || !IsForeign(context.Request)) return next(context);
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    });

    private static bool IsForeign(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin)) return false;
        // Host names only: a proxy may pass Host without the port the browser used.
        return !Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            || !string.Equals(uri.Host, request.Host.Host, StringComparison.OrdinalIgnoreCase);
    }
}
