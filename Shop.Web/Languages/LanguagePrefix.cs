namespace Shop.Web.Languages;

/// <summary>
/// Picks the request's language: a prefix (<c>/de/cart</c> is <c>/cart</c> in German, the prefix moving into PathBase
/// so links built by Url/tag helpers and <c>~/</c> keep it), else the shopper's cookie, else the default. Staff pages
/// have no prefix: they speak the cookie's language (<see cref="ShopLanguages.Staff"/>). Every request speaks its language, the default too (never the server's own culture).
/// </summary>
public sealed class LanguagePrefix(RequestDelegate next, ShopLanguages languages)
{
    public const string CookieName = "shop.language";
    private static readonly TimeSpan RememberFor = TimeSpan.FromDays(365);

    // Async, so the culture set here flows into the rest of this request only.
    public async Task InvokeAsync(HttpContext http)
    {
        if (FirstLanguagesPrefix(http) is { } address)
        {
            http.Response.Redirect(address, permanent: true);
            return;
        }
        var language = FromPrefix(http) ?? FromCookie(http) ?? languages.Default;
        if (IsStaffPage(http.Request.Path)) language = languages.Staff(CookieValue(http));
        http.Features.Set(language);
        using (language.Speak()) await next(http);
    }

    /// <summary>The language the request is in (set by this middleware; the default outside a request).</summary>
    public static ShopLanguage Of(HttpContext http) =>
        http.Features.Get<ShopLanguage>() ?? http.RequestServices.GetRequiredService<ShopLanguages>().Default;

    /// <summary>The code of the request's language when it is not the shop's own (an order's language, translations to look up); else null.</summary>
    public static string? TranslatedCode(HttpContext? http) => http is not null && Of(http) is { IsDefault: false } spoken ? spoken.Code : null;

    /// <summary>
    /// A path of this shop ("/checkout", a return URL) in the request's language ("/de/checkout"); one that already
    /// starts with the request's PathBase or another language's prefix stays as it is.
    /// </summary>
    public static string Local(HttpContext http, string path)
    {
        var pathBase = http.Request.PathBase;
        if (!pathBase.HasValue || !path.StartsWith('/') || new PathString(path.Split('?', '#')[0]).StartsWithSegments(pathBase)) return path;
        var languages = http.RequestServices.GetRequiredService<ShopLanguages>();
        var first = path.Length >= 3 && (path.Length == 3 || path[3] is '/' or '?' or '#') ? path.Substring(1, 2) : null;
        return languages.Find(first) is { IsDefault: false } ? path : pathBase + path;
    }

    /// <summary>Remembers the shopper's choice for pages reached without a prefix (links in scripts, mails, bookmarks).</summary>
    public static void Remember(HttpContext http, ShopLanguage language)
    {
        if (CookieValue(http) == language.Code) return;
        http.Response.Cookies.Append(CookieName, language.Code, new CookieOptions
        {
            HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps, MaxAge = RememberFor,
        });
    }

    private ShopLanguage? FromPrefix(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        if (path.Length < 3 || path[0] != '/' || (path.Length > 3 && path[3] != '/')) return null;
        if (languages.Find(path.Substring(1, 2)) is not { IsDefault: false } language) return null;
        var rest = path.Length > 3 ? path[3..] : "/";
        if (IsStaffPage(rest)) return null; // staff pages have no other language: /de/admin is not found
        http.Request.PathBase = http.Request.PathBase.Add(language.Prefix);
        http.Request.Path = rest;
        if (HttpMethods.IsGet(http.Request.Method)) Remember(http, language);
        return language;
    }

    /// <summary>
    /// A page asked for under the first language's prefix (<c>/de/cart</c> in a shop that now speaks German first: a link
    /// in a mail sent before the change) is at its address without one; null for anything else.
    /// </summary>
    private string? FirstLanguagesPrefix(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        if (path.Length < 3 || path[0] != '/' || (path.Length > 3 && path[3] != '/') || !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)) return null;
        if (!string.Equals(path.Substring(1, 2), languages.Default.Code, StringComparison.OrdinalIgnoreCase)) return null;
        var rest = path.Length > 3 ? path[3..] : "/";
        // "/de//elsewhere.example" must not become a redirect to another site.
        if (rest.StartsWith("//", StringComparison.Ordinal) || rest.StartsWith("/\\", StringComparison.Ordinal) || IsStaffPage(rest)) return null;
        return http.Request.PathBase + rest + http.Request.QueryString;
    }

    private ShopLanguage? FromCookie(HttpContext http) => languages.Find(CookieValue(http));

    /// <summary>
    /// The shopper's language cookie, read from the Cookie header itself: parsing every cookie (sign-in, cart, checkout
    /// draft) for this one would keep them all in memory while a Pay waits in its queue, 10,000 of them in a sale.
    /// </summary>
    private static string? CookieValue(HttpContext http)
    {
        foreach (var header in http.Request.Headers.Cookie)
        {
            var rest = header.AsSpan();
            while (!rest.IsEmpty)
            {
                var end = rest.IndexOf(';');
                var pair = (end < 0 ? rest : rest[..end]).Trim();
                rest = end < 0 ? [] : rest[(end + 1)..];
                if (pair.StartsWith(CookieName + "=", StringComparison.Ordinal))
                    return pair[(CookieName.Length + 1)..].Trim('"').ToString();
            }
        }
        return null;
    }

    /// <summary>Staff pages (<c>/admin</c>, the staff mailbox and the developer's pages): one address each, no language prefix.</summary>
    public static bool IsStaffPage(PathString path) =>
        path.StartsWithSegments("/admin") || path.StartsWithSegments("/staff") || path.StartsWithSegments("/dev");
}
