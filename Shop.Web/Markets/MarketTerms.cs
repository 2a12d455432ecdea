using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Domain.Checkout;
using Shop.Domain.Markets;
using Shop.Web.Data;

namespace Shop.Web.Markets;

/// <summary>
/// The shop's <see cref="Market"/>: its tax and shipping zones from the database over the single rate and flat
/// shipping of appsettings (which apply alone while no zones exist). Kept with the catalog (<see cref="IKeepsMarket"/>):
/// loaded once for all who ask together, and a zone saved on any node is a catalog change every node sees at once,
/// since prices and the delivery promise on catalog pages depend on it.
/// </summary>
public sealed class MarketTerms(IServiceScopeFactory scopes, IKeepsMarket keeper, IOptions<ShopOptions> options)
{
    // Not the caller's token: others may be waiting for the same load.
    public Task<Market> CurrentAsync(CancellationToken ct) => keeper.GetOrAddAsync(async () =>
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var taxZones = await db.TaxZones.AsNoTracking().OrderBy(z => z.Id).ToListAsync(CancellationToken.None);
        var shippingZones = await db.ShippingZones.AsNoTracking().Include(z => z.Methods).OrderBy(z => z.Id).ToListAsync(CancellationToken.None);
        return Of(options.Value, taxZones, shippingZones);
    });

    /// <summary>What the footer, home and product pages promise: "within 3 working days" (the shop's own country's standard method).</summary>
    public async Task<string> StandardPromiseAsync(CancellationToken ct) =>
        (await CurrentAsync(ct)).Shipping.HomePromise.Describe(ShippingMethod.Standard);

    public static Market Of(ShopOptions shop, IReadOnlyList<TaxZone> taxZones, IReadOnlyList<ShippingZone> shippingZones)
    {
        // The country estimates and promises are for: the one checkout's forms start with, so the cart agrees with the review.
        var home = shop.HomeCountry;
        return new Market(
            new ShippingTable(shippingZones, shop.Rates(), shop.Delivery(), home),
            new TaxPolicy(taxZones, shop.TaxRule(), shop.Tax.RoundPerLine, home));
    }
}

/// <summary>Keeps the market between loads, loading it once for all who ask together (Catalog/CatalogCache does, under the catalog's version).</summary>
public interface IKeepsMarket
{
    Task<Market> GetOrAddAsync(Func<Task<Market>> load);
}
