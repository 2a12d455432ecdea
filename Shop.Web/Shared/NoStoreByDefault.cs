using Microsoft.Net.Http.Headers;

namespace Shop.Web.Shared;

/// <summary>
/// Every response the shop renders is kept by no browser or proxy (<c>Cache-Control: no-store</c>) unless it says
/// otherwise: carts, checkout, confirmations, accounts, staff pages, CSV exports and their error pages hold personal data
/// and must not outlive a shared computer's session. Catalog pages set their own header (<c>CatalogPageCachePolicy</c>);
/// static files never get here (their middleware comes first).
/// </summary>
public static class NoStoreByDefault
{
    public static IApplicationBuilder UseNoStoreByDefault(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Response.OnStarting(NoStoreUnlessSet, http.Response); // no closure: this runs on every request
        return next(http);
    });

    private static Task NoStoreUnlessSet(object state)
    {
        var response = (HttpResponse)state;
        if (!response.Headers.ContainsKey(HeaderNames.CacheControl)) response.Headers.CacheControl = "no-store";
        return Task.CompletedTask;
    }
}
