using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Shop.Domain.Checkout;
using Shop.Domain.Markets;
using Shop.Web.Data;

namespace Shop.Web.Markets;

/// <summary>
/// The shop's <see cref="Market"/>: its tax and shipping zones from the database over the single rate and flat
/// shipping of appsettings (which apply alone while no zones exist). Kept in memory for a short while; an admin
/// save on this node drops it at once (<see cref="Changed"/>), other nodes follow within <see cref="Lifetime"/>.
/// </summary>
public sealed class MarketTerms(IServiceScopeFactory scopes, IMemoryCache memory, IOptions<ShopOptions> options)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private const string Key = "markets";

    public async Task<Market> CurrentAsync(CancellationToken ct) =>
        await memory.GetOrCreateAsync(Key, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
            var taxZones = await db.TaxZones.AsNoTracking().OrderBy(z => z.Id).ToListAsync(ct);
            var shippingZones = await db.ShippingZones.AsNoTracking().Include(z => z.Methods).OrderBy(z => z.Id).ToListAsync(ct);
            return Of(options.Value, taxZones, shippingZones);
        }) ?? throw new InvalidOperationException("The market was not loaded.");

    /// <summary>What the footer, home and product pages promise: "within 3 working days" (the shop's own country's standard method).</summary>
    public async Task<string> StandardPromiseAsync(CancellationToken ct) =>
        (await CurrentAsync(ct)).Shipping.HomePromise.Describe(ShippingMethod.Standard);

    /// <summary>Tax or shipping zones changed: the next request reads them again.</summary>
    public void Changed() => memory.Remove(Key);

    public static Market Of(ShopOptions shop, IReadOnlyList<TaxZone> taxZones, IReadOnlyList<ShippingZone> shippingZones)
    {
        var home = string.IsNullOrWhiteSpace(shop.Tax.ShopCountry) ? null : shop.Tax.ShopCountry.Trim().ToUpperInvariant();
        return new Market(
            new ShippingTable(shippingZones, shop.Rates(), shop.Delivery(), home),
            new TaxPolicy(taxZones, shop.TaxRule(), shop.Tax.RoundPerLine, home));
    }
}
