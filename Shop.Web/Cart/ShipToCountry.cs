namespace Shop.Web.Cart;

/// <summary>
/// The country a shopper's shipping is estimated for before checkout has their address: the one they chose on the
/// cart, or the delivery country they last gave at checkout (a cookie); only among the countries the shop ships to.
/// </summary>
public static class ShipToCountry
{
    public const string CookieName = "shop.ship-to";
    private static readonly TimeSpan RememberFor = TimeSpan.FromDays(180);

    /// <summary>The remembered country when the shop still ships there; else null.</summary>
    public static string? Read(HttpContext http, IReadOnlyList<string> served) =>
        http.Request.Cookies[CookieName] is { } code && served.Contains(code) ? code : null;

    public static void Remember(HttpContext http, string countryCode)
    {
        if (http.Request.Cookies[CookieName] == countryCode) return;
        http.Response.Cookies.Append(CookieName, countryCode, new CookieOptions
        {
            HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps, MaxAge = RememberFor,
        });
    }

    /// <summary>
    /// Where the cart estimates shipping: <paramref name="chosen"/> if the shop ships there, else the remembered country,
    /// else the shop's own, else the first it ships to (a shop may not ship at home). Null: shipping is the same everywhere.
    /// </summary>
    public static string? For(HttpContext http, Domain.Markets.ShippingTable shipping, string? chosen)
    {
        if (shipping.Zones.Count == 0) return null;
        var served = shipping.CountriesServed;
        var asked = chosen?.Trim().ToUpperInvariant();
        if (asked is not null && served.Contains(asked)) return asked;
        return Read(http, served) ?? (shipping.ShopCountry is { } home && (served.Contains(home) || served.Count == 0) ? home : served.FirstOrDefault() ?? shipping.ShopCountry);
    }
}
