using Microsoft.Extensions.Caching.Distributed;
using Shop.Domain.Cart;

namespace Shop.Web.Cart;

/// <summary>
/// A stamp per cart, renewed by every change to it, under which a shopper's own cached catalog pages are filed: a
/// change in any browser, on any node, shows on the next request. Stamps live in the distributed cache, kept an hour
/// after each read; a cart without one reads as <see cref="Unchanged"/>, so a cart that only visits stores nothing.
/// </summary>
public sealed class CartStamps(IDistributedCache cache, ILogger<CartStamps> log)
{
    private static readonly DistributedCacheEntryOptions Keep = new() { SlidingExpiration = TimeSpan.FromHours(1) };

    public const string Unchanged = "0";

    /// <summary>The owner's stamp now; null when it cannot be read (then nothing personal is cached).</summary>
    public async Task<string?> CurrentAsync(CartOwner owner, CancellationToken ct)
    {
        try
        {
            return await cache.GetStringAsync(Key(owner), ct) ?? Unchanged;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Could not read a cart stamp; the page is rendered afresh");
            return null;
        }
    }

    /// <summary>
    /// Call once the change to the cart is committed: pages filed under the old stamp are never served again. Not
    /// cancellable: the change is saved, so its stamp must follow even if the shopper has gone.
    /// </summary>
    public Task RenewAsync(ShoppingCart cart) => RenewAsync(OwnerOf(cart));

    public async Task RenewAsync(CartOwner owner)
    {
        try
        {
            await cache.SetStringAsync(Key(owner), NewStamp(), Keep);
        }
        catch (Exception e)
        {
            // The change itself is saved; only cached copies of this shopper's pages may show the old count, for at
            // most the cache's lifetime. Not worth an error page.
            log.LogError(e, "Could not renew a cart stamp: the shopper's cached pages may show the old cart until they expire");
        }
    }

    private static CartOwner OwnerOf(ShoppingCart cart) => cart.UserId is { } userId ? new(userId, null) : new(null, cart.Token);

    /// <summary>A signed-in shopper's cart is theirs on every browser; otherwise the cookie's cart.</summary>
    private static string Key(CartOwner owner) =>
        owner.UserId is { } userId ? $"cart-stamp:user:{userId}"
        : owner.Token is { } token ? $"cart-stamp:cart:{token:n}"
        : throw new ArgumentException("A cart without an owner or a token has no stamp.", nameof(owner));

    private static string NewStamp() => Guid.NewGuid().ToString("n");
}
