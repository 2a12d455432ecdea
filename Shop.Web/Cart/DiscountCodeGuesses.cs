using Microsoft.EntityFrameworkCore;
using Shop.Domain.Cart;
using Shop.Web.Data;
using Shop.Web.Languages;
using Shop.Web.Shared;

namespace Shop.Web.Cart;

/// <summary>
/// Discount codes are not to be found by guessing: a client address may try RateLimits:discountcode (10 a minute),
/// and a cart that was given <see cref="WrongPerCart"/> unknown codes takes none for <see cref="Window"/>, so new
/// addresses do not help. Carts are counted for the whole shop (<see cref="IWindowCounts"/>).
/// </summary>
public sealed class DiscountCodeGuesses(ClientLimits limits, IWindowCounts counts, ShopDbContext db)
{
    public const int WrongPerCart = 10;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    public sealed record Refusal(TimeSpan RetryAfter, string Message);

    /// <summary>Null when <paramref name="cart"/> may try <paramref name="code"/> (an unknown code counts); otherwise why not and how long to wait.</summary>
    public async Task<Refusal?> RefusalAsync(HttpContext http, ShoppingCart cart, string? code, CancellationToken ct)
    {
        if (limits.Refusal(RateLimits.DiscountCode, http) is { } wait)
            return new(wait, ShopText.Translate("Too many discount codes were tried from your connection. Please try again in {0} minute(s).", Minutes(wait)));
        var key = "discount-guesses:" + cart.Token.ToString("n");
        if (await counts.CountAsync(key, ct) >= WrongPerCart)
            return new(Window, ShopText.Translate("Too many wrong discount codes were tried on this cart. It takes no code for up to {0} minute(s).", Minutes(Window)));
        var typed = Domain.Checkout.DiscountCode.Normalize(code);
        if (!await db.DiscountCodes.AnyAsync(d => d.Code == typed, ct)) await counts.AddAsync(key, Window, ct);
        return null;
    }

    private static int Minutes(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
}
