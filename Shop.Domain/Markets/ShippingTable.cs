using Shop.Domain.Checkout;

namespace Shop.Domain.Markets;

/// <summary>
/// What shipping the shop offers where. With no zones, the shop's flat rates and delivery promise apply everywhere
/// (as before zones existed); with zones, an address in no zone is offered nothing and a zone offers only its methods.
/// </summary>
public sealed record ShippingTable(IReadOnlyList<ShippingZone> Zones, ShippingRates Flat, DeliveryPromise FlatPromise, string? ShopCountry = null)
{
    public static ShippingTable Single(ShippingRates flat, DeliveryPromise promise) => new([], flat, promise);

    /// <summary>The methods for an address (null: the shop's own country), cheapest kind first.</summary>
    public IReadOnlyList<ShippingOffer> OffersFor(Address? shipTo, Money goods, int grams) =>
        shipTo is null ? OffersTo(ShopCountry, null, goods, grams) : OffersTo(shipTo.CountryCode, shipTo.Region, goods, grams);

    /// <summary>The methods for a country (and region) before the whole address is known, as the checkout form shows them.</summary>
    public IReadOnlyList<ShippingOffer> OffersTo(string? countryCode, string? region, Money goods, int grams)
    {
        if (Zones.Count == 0)
            return [FlatOffer(ShippingMethod.Standard, goods), FlatOffer(ShippingMethod.Express, goods)];
        var zone = ZoneArea.Match(Zones, z => z.Area, countryCode, region);
        return zone is null ? []
            : zone.Methods.OrderBy(m => m.Kind).Select(m => new ShippingOffer(m.Kind, m.Name, m.CostOf(goods, grams), m.Promise,
                m.FreeFrom is { } free ? new Money(free, goods.Currency) : null)).ToList();
    }

    /// <summary>The countries whole zones ship to, for a shopper to choose before their address is known (the cart's estimate).</summary>
    public IReadOnlyList<string> CountriesServed =>
        Zones.Where(z => !z.ShipsNothing && z.Area.Regions.Count == 0).SelectMany(z => z.Area.Countries).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The offer of one kind; null when it is not offered there.</summary>
    public ShippingOffer? OfferFor(Address? shipTo, ShippingMethod method, Money goods, int grams) =>
        OffersFor(shipTo, goods, grams).FirstOrDefault(o => o.Method == method);

    /// <summary>The promise the footer and product pages state: the methods of the shop's own country.</summary>
    public DeliveryPromise HomePromise
    {
        get
        {
            if (Zones.Count == 0) return FlatPromise;
            var offers = OffersFor(null, Money.Zero(Flat.Standard.Currency), 0);
            if (offers.Count == 0) return FlatPromise;
            var standard = (offers.FirstOrDefault(o => o.Method == ShippingMethod.Standard) ?? offers[0]).Promise.StandardDays;
            var fastest = offers.Min(o => o.Promise.StandardDays);
            return new DeliveryPromise(standard, fastest);
        }
    }

    private ShippingOffer FlatOffer(ShippingMethod method, Money goods) =>
        new(method, method == ShippingMethod.Express ? "Express" : "Standard", Flat.CostOf(method, goods), FlatPromise,
            method == ShippingMethod.Standard ? Flat.FreeStandardFrom : null);
}
