using Microsoft.Extensions.Caching.Memory;

namespace Shop.Web.Checkout;

/// <summary>
/// The payment attempts this node took to the database lately. A double click's twin of such an attempt must go to the
/// database too, even once the sale is over: the first click may have bought the last unit, and the twin finds its order.
/// </summary>
public sealed class CheckoutAttempts(IMemoryCache memory)
{
    private static readonly TimeSpan Remembered = TimeSpan.FromMinutes(10);

    public void Taken(Guid attemptKey) => memory.Set(Key(attemptKey), true, Remembered);

    public bool WereTaken(Guid attemptKey) => memory.TryGetValue(Key(attemptKey), out _);

    private static (string, Guid) Key(Guid attemptKey) => ("checkout-attempt", attemptKey);
}
