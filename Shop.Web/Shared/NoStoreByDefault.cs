using Microsoft.Net.Http.Headers;

namespace Shop.Web.Shared;

/// <summary>
/// The one place that decides a rendered page's Cache-Control, as its response starts, when nothing set one before it:
/// <c>no-store</c> (carts, checkout, confirmations, accounts, staff pages, CSV exports and their error pages hold
/// personal data and must not outlive a shared computer's session), unless the page was marked a catalog page, which
/// browsers may keep but must ask again for (<c>no-cache</c>; <c>private</c> for a shopper's own copy; its error pages
/// are no-store like the rest). Deciding at the
/// start leaves antiforgery's <c>no-store</c> on pages with a form token alone (setting a header before it makes it log
/// a warning on every request). Static files never get here: their middleware comes first.
/// </summary>
public static class NoStoreByDefault
{
    private static readonly object CatalogPageKey = new();

    public static IApplicationBuilder UseNoStoreByDefault(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Response.OnStarting(SetUnlessSet, http); // no closure: this runs on every request
        return next(http);
    });

    /// <summary>A public catalog page: kept by browsers, asked for again before it is shown.</summary>
    public static void MarkCatalogPage(HttpContext http, bool forOneShopper) =>
        http.Items[CatalogPageKey] = forOneShopper ? "private, no-cache" : "no-cache";

    private static Task SetUnlessSet(object state)
    {
        var http = (HttpContext)state;
        if (!http.Response.Headers.ContainsKey(HeaderNames.CacheControl))
            http.Response.Headers.CacheControl = http.Response.StatusCode == StatusCodes.Status200OK
                && http.Items.TryGetValue(CatalogPageKey, out var value) ? (string)value! : "no-store";
        return Task.CompletedTask;
    }
}
