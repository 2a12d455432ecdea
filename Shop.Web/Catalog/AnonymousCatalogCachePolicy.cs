using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace Shop.Web.Catalog;

/// <summary>
/// Output-caches catalog pages for visitors who are not signed in and have no cart: their pages are the same
/// for everybody. Anyone with an identity or cart cookie gets a freshly rendered page (their header shows their
/// own name and cart count). Responses that set a cookie or are not 200 are never stored.
/// </summary>
public sealed class AnonymousCatalogCachePolicy : IOutputCachePolicy
{
    public const string Name = "AnonymousCatalog";

    /// <summary>Cookies that make a page personal; set by the features that own them.</summary>
    public static readonly List<string> PersonalCookiePrefixes = ["shop.auth", ".AspNetCore.Identity", "shop.cart"];

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var cacheable = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
                        && http.User.Identity?.IsAuthenticated != true
                        && !http.Request.Cookies.Keys.Any(k => PersonalCookiePrefixes.Any(p => k.StartsWith(p, StringComparison.Ordinal)));
        // Pages vary by the catalog version: a page rendered just before a change (and stored just after its
        // eviction) is filed under the old version, where nobody looks any more.
        var version = cacheable ? await http.RequestServices.GetRequiredService<CatalogCache>().VersionAsync() : null;
        cacheable &= version is not null;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = new StringValues("*");
        if (version is not null) context.CacheVaryByRules.VaryByValues["catalog"] = version.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(10);
        context.Tags.Add(CatalogCache.Tag);
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken ct)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey("Set-Cookie"))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
