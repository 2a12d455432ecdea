using System.Security.Claims;
using Microsoft.AspNetCore.DataProtection;
using Shop.Domain.Ordering;
using Shop.Web.Shared;

namespace Shop.Web.Checkout;

/// <summary>
/// Who may see an order's confirmation: the signed-in shopper who placed it, or the browser that placed it as a guest
/// (the order numbers it placed are kept in an encrypted cookie). Anyone else gets a 404, never a 403, so order numbers
/// cannot be probed.
/// </summary>
public static class OrderAccess
{
    private const string CookieName = "shop.orders";
    private const string Purpose = "Shop.Orders.Placed.v1";
    private const int Remembered = 20;

    public static bool MayView(HttpContext http, Order order)
    {
        var userId = http.User.Identity?.IsAuthenticated == true ? http.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        if (order.UserId is not null && order.UserId == userId) return true;
        // The placing browser keeps its page after the order went into an account (made on that page, say), unless
        // someone else is signed in on it; signing out forgets it (ForgetPlacedOrders).
        return (order.UserId is null || userId is null) && PlacedHere(http).Contains(order.Number);
    }

    public static void Remember(HttpContext http, string orderNumber)
    {
        var numbers = PlacedHere(http).Where(n => n != orderNumber).Prepend(orderNumber).Take(Remembered);
        var value = Protector(http).Protect(string.Join(',', numbers));
        http.Response.Cookies.Append(CookieName, value, CookieSecurity.Options(http, TimeSpan.FromDays(30)));
    }

    /// <summary>Signing out forgets the orders this browser placed: one that joined an account is that account's alone.</summary>
    public static void Forget(HttpContext http) => http.Response.Cookies.Delete(CookieName, CookieSecurity.Options(http));

    private static IReadOnlyList<string> PlacedHere(HttpContext http)
    {
        if (!http.Request.Cookies.TryGetValue(CookieName, out var value)) return [];
        try
        {
            return Protector(http).Unprotect(value).Split(',', StringSplitOptions.RemoveEmptyEntries).Where(OrderNumber.IsValid).ToList();
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return [];
        }
    }

    private static IDataProtector Protector(HttpContext http) =>
        http.RequestServices.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);
}
