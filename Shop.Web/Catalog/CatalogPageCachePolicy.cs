using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Shop.Web.Account;
using Shop.Web.Cart;
using Shop.Web.Shared;

namespace Shop.Web.Catalog;

/// <summary>
/// Output-caches catalog pages under the catalog's version. A visitor without a cart or an account gets the page
/// everybody gets; a shopper with a cart (signed in or not) gets their own copy, filed under who they are, their
/// cart's stamp (<see cref="CartStamps"/>), their antiforgery cookie and whether they are staff, so any change to
/// the cart or the roles finds a fresh page. Responses that set a cookie or are not 200 are never stored.
/// </summary>
public sealed class CatalogPageCachePolicy : IOutputCachePolicy
{
    public const string Name = "CatalogPage";

    /// <summary>Cookies of a sign-in in progress (two-factor, external login): such pages are never cached.</summary>
    private const string SignInInProgressPrefix = ".AspNetCore.Identity";

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var vary = context.CacheVaryByRules.VaryByValues;
        var cacheable = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
                        && !http.Request.Cookies.Keys.Any(k => k.StartsWith(SignInInProgressPrefix, StringComparison.Ordinal));
        // Pages vary by the catalog version: a page rendered just before a change (and stored just after its
        // eviction) is filed under the old version, where nobody looks any more.
        var version = cacheable ? await http.RequestServices.GetRequiredService<CatalogCache>().VersionAsync() : null;
        cacheable &= version is not null;
        var owner = CartOwner.Of(http);
        if (cacheable && owner.IsKnown) cacheable = await VaryByPersonAsync(http, owner, vary, ct);
        // Browsers may keep a catalog page (back button) but ask again; a shopper's own copy (cart count) is theirs alone.
        NoStoreByDefault.MarkCatalogPage(http, forOneShopper: owner.IsKnown);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = new StringValues("*");
        if (version is not null) vary["catalog"] = version.Value.ToString(CultureInfo.InvariantCulture);
        // A save of the shop's settings moves the version (CatalogChanges); a node that has not read it yet files apart.
        vary["settings"] = http.RequestServices.GetRequiredService<IOptions<ShopOptions>>().Value.SavedSettingsStamp;
        // The same path is another page in another language (a shopper's cookie picks it when there is no prefix).
        vary["language"] = Languages.LanguagePrefix.Of(http).Code;
        context.ResponseExpirationTimeSpan = CatalogCache.Lifetime;
        context.Tags.Add(CatalogCache.Tag);
    }

    /// <summary>
    /// Files a shopper's page under what makes it theirs. False when it must not be cached: signed in without an
    /// antiforgery cookie yet (the page is rendered fresh, which sets it), or the cart's stamp cannot be read.
    /// </summary>
    private static async Task<bool> VaryByPersonAsync(HttpContext http, CartOwner owner, IDictionary<string, string> vary, CancellationToken ct)
    {
        if (owner.UserId is { } userId)
        {
            var antiforgery = http.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name!;
            if (!http.Request.Cookies.TryGetValue(antiforgery, out var browser)) return false;
            vary["user"] = userId;
            vary["browser"] = browser;
            vary["staff"] = http.User.IsInRole(Roles.Admin) || http.User.IsInRole(Roles.Staff) ? "1" : "0";
        }
        else
        {
            vary["cart"] = owner.Token!.Value.ToString("n");
        }
        // Read before the page is rendered: a page that read the cart just before a change is filed under the old stamp.
        if (await http.RequestServices.GetRequiredService<CartStamps>().CurrentAsync(owner, ct) is not { } stamp) return false;
        vary["cart-stamp"] = stamp;
        return true;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;

    /// <summary>
    /// This page must not be kept, whole or in parts (the list's &lt;cache&gt;): it shows data older than the version it
    /// would be filed under.
    /// </summary>
    public static void DoNotStore(HttpContext http) => http.Items[NotStored] = true;

    public static bool MayStore(HttpContext http) => !http.Items.ContainsKey(NotStored);

    private static readonly object NotStored = new();

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken ct)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey("Set-Cookie")
            || !MayStore(context.HttpContext))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
