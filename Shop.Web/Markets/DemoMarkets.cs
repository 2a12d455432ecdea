using Shop.Domain.Checkout;
using Shop.Domain.Markets;
using Shop.Web.Data;

namespace Shop.Web.Markets;

/// <summary>
/// A ready-made setup staff can load from the admin and adapt: the EU (Germany, France, the Netherlands and Austria
/// with their standard and reduced VAT) and the US (sales tax in New York and California).
/// </summary>
public static class DemoMarkets
{
    public static IReadOnlyList<TaxZone> TaxZones() =>
    [
        new("Germany", "VAT", "DE", null, 0.19m, 0.07m),
        new("France", "VAT", "FR", null, 0.20m, 0.055m),
        new("Netherlands", "VAT", "NL", null, 0.21m, 0.09m),
        new("Austria", "VAT", "AT", null, 0.20m, 0.10m),
        // Groceries pay no sales tax in either state.
        new("New York", "Sales tax", "US", "NY, New York", 0.08875m, 0m),
        new("California", "Sales tax", "US", "CA, California", 0.0725m, 0m),
    ];

    /// <summary>The demo's shipping zones, priced in cents: a currency without decimals (JPY) is refused.</summary>
    public static IReadOnlyList<ShippingZone> ShippingZones(string currency)
    {
        var germany = new ShippingZone("Germany", "DE", null);
        germany.Offer(ShippingMethod.Standard, "DHL Paket", ShippingBasis.Weight, "0=4.95; 2000=6.95; 10000=12.95", 50m, 2, currency);
        germany.Offer(ShippingMethod.Express, "DHL Express", ShippingBasis.Weight, "0=14.95; 2000=19.95", null, 1, currency);
        var europe = new ShippingZone("EU", "FR, NL, AT", null);
        europe.Offer(ShippingMethod.Standard, "DHL Europe", ShippingBasis.Weight, "0=9.95; 2000=14.95", 100m, 5, currency);
        var us = new ShippingZone("United States", "US", null);
        us.Offer(ShippingMethod.Standard, "USPS Ground", ShippingBasis.OrderValue, "0=5.95; 25=4.95", 50m, 4, currency);
        us.Offer(ShippingMethod.Express, "UPS Next Day", ShippingBasis.OrderValue, "0=24.95", null, 1, currency);
        return [germany, europe, us];
    }

    /// <summary>Adds the demo zones (the caller saves); nothing when <see cref="ShippingZones"/> refuses the currency.</summary>
    public static void AddTo(ShopDbContext db, string currency)
    {
        var shipping = ShippingZones(currency);
        db.TaxZones.AddRange(TaxZones());
        db.ShippingZones.AddRange(shipping);
    }
}
