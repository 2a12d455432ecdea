using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Shop.Web.Cart;

namespace Shop.Tests.Cart;

public class CartStampsTests
{
    private static readonly CartOwner Visitor = new(null, Guid.NewGuid());
    private static readonly CartOwner Account = new("user-1", Guid.NewGuid());

    private static MemoryDistributedCache NewCache() => new(Options.Create(new MemoryDistributedCacheOptions()));

    [Test]
    public async Task A_cart_that_only_visits_reads_as_unchanged_and_leaves_nothing_behind()
    {
        var cache = NewCache();
        var stamps = new CartStamps(cache, NullLogger<CartStamps>.Instance);

        for (var i = 0; i < 3; i++)
            Assert.That(await stamps.CurrentAsync(new CartOwner(null, Guid.NewGuid()), CancellationToken.None), Is.EqualTo(CartStamps.Unchanged));
        Assert.That(await stamps.CurrentAsync(Visitor, CancellationToken.None), Is.EqualTo(CartStamps.Unchanged));
        Assert.That(await cache.GetAsync($"cart-stamp:cart:{Visitor.Token:n}"), Is.Null, "a made-up cart token costs no memory");
    }

    [Test]
    public async Task Every_change_gives_a_stamp_never_seen_before()
    {
        var stamps = new CartStamps(NewCache(), NullLogger<CartStamps>.Instance);
        var seen = new HashSet<string> { (await stamps.CurrentAsync(Account, CancellationToken.None))! };

        for (var i = 0; i < 5; i++)
        {
            await stamps.RenewAsync(Account);
            var now = (await stamps.CurrentAsync(Account, CancellationToken.None))!;
            Assert.That(seen.Add(now), Is.True, "a page filed under an older stamp is never found again");
            Assert.That(await stamps.CurrentAsync(Account, CancellationToken.None), Is.EqualTo(now), "stable until the next change");
        }
    }

    [Test]
    public async Task A_signed_in_shoppers_stamp_is_theirs_in_every_browser()
    {
        var stamps = new CartStamps(NewCache(), NullLogger<CartStamps>.Instance);
        var otherBrowser = Account with { Token = Guid.NewGuid() };

        await stamps.RenewAsync(Account);

        Assert.That(await stamps.CurrentAsync(otherBrowser, CancellationToken.None), Is.EqualTo(await stamps.CurrentAsync(Account, CancellationToken.None)));
        Assert.That(await stamps.CurrentAsync(new CartOwner(null, Account.Token), CancellationToken.None), Is.EqualTo(CartStamps.Unchanged),
            "the anonymous cart of that browser is another cart");
    }
}
