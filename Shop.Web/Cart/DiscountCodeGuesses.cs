using Microsoft.EntityFrameworkCore;
using Shop.Domain.Cart;
using Shop.Web.Data;
using Shop.Web.Languages;
using Shop.Web.Shared;

namespace Shop.Web.Cart;

/// <summary>
/// Discount codes are not to be found by guessing. A client address may try RateLimits:discountcode (10 a minute), and
/// may give <see cref="WrongPerClientSetting"/> (10) unknown codes in <see cref="ClientWindow"/>, whichever cart it uses
/// (an IPv6 client counts by its /64), so fresh carts do not help; a cart that was given <see cref="WrongPerCart"/> unknown codes takes none for
/// <see cref="Window"/>, so new addresses do not help either. Counted for the whole shop (<see cref="IWindowCounts"/>).
/// The numbers are explained in docs/security.md.
/// </summary>
public sealed class DiscountCodeGuesses(ClientLimits limits, IWindowCounts counts, ShopDbContext db, IConfiguration configuration)
{
    public const int WrongPerCart = 10;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>Unknown codes a client address may give in <see cref="ClientWindow"/>, in all its carts together.</summary>
    public const string WrongPerClientSetting = "RateLimits:discountcode:WrongPerHour";
    public const int WrongPerClientDefault = 10;
    public static readonly TimeSpan ClientWindow = TimeSpan.FromHours(1);

    public sealed record Refusal(TimeSpan RetryAfter, string Message);

    /// <summary>Null when <paramref name="cart"/> may try <paramref name="code"/> (an unknown code counts); otherwise why not and how long to wait.</summary>
    public async Task<Refusal?> RefusalAsync(HttpContext http, ShoppingCart cart, string? code, CancellationToken ct)
    {
        if (limits.Refusal(RateLimits.DiscountCode, http) is { } wait)
            return new(wait, ShopText.Plural(Minutes(wait), "Too many discount codes were tried from your connection. Please try again in {0} minute.", "Too many discount codes were tried from your connection. Please try again in {0} minutes."));
        var clientKey = "discount-guesses-client:" + RateLimits.ClientNetworkOf(http);
        if (await counts.ReadAsync(clientKey, ct) is var client && client.Count >= configuration.GetValue(WrongPerClientSetting, WrongPerClientDefault))
            return new(client.Left, ShopText.Plural(Minutes(client.Left), "Too many wrong discount codes were tried from your connection. Please try again in {0} minute.", "Too many wrong discount codes were tried from your connection. Please try again in {0} minutes."));
        var cartKey = "discount-guesses:" + cart.Token.ToString("n");
        if (await counts.ReadAsync(cartKey, ct) is var inCart && inCart.Count >= WrongPerCart)
            return new(inCart.Left, ShopText.Plural(Minutes(inCart.Left), "Too many wrong discount codes were tried on this cart. It takes no code for up to {0} minute.", "Too many wrong discount codes were tried on this cart. It takes no code for up to {0} minutes."));
        var typed = Domain.Checkout.DiscountCode.Normalize(code);
        if (!await db.DiscountCodes.AnyAsync(d => d.Code == typed, ct))
        {
            await counts.AddAsync(clientKey, ClientWindow, ct);
            await counts.AddAsync(cartKey, Window, ct);
        }
        return null;
    }

    private static int Minutes(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
}
