using System.Security.Claims;
using Shop.Web.Shared;

namespace Shop.Web.Cart;

/// <summary>Whose cart a request is about: a signed-in shopper's (by user id) or an anonymous one (by cookie token).</summary>
public sealed record CartOwner(string? UserId, Guid? Token)
{
    public const string CookieName = "shop.cart";

    public bool IsKnown => UserId is not null || Token is not null;

    public static CartOwner Of(HttpContext http)
    {
        var userId = http.User.Identity?.IsAuthenticated == true ? http.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        return new CartOwner(userId, AnonymousToken(http.Request));
    }

    public static Guid? AnonymousToken(HttpRequest request) =>
        request.Cookies.TryGetValue(CookieName, out var value) && Guid.TryParse(value, out var token) ? token : null;

    public static void RememberAnonymous(HttpContext http, Guid token) =>
        http.Response.Cookies.Append(CookieName, token.ToString("n"), CookieSecurity.Options(http, CartService.KeepAnonymousCartsFor));

    public static void ForgetAnonymous(HttpContext http) => http.Response.Cookies.Delete(CookieName, CookieSecurity.Options(http));
}
