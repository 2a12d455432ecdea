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

    public static IReadOnlyList<ShippingZone> ShippingZones()
    {
        var germany = new ShippingZone("Germany", "DE", null);
        germany.Offer(ShippingMethod.Standard, "DHL Paket", ShippingBasis.Weight, "0=4.95; 2000=6.95; 10000=12.95", 50m, 2);
        germany.Offer(ShippingMethod.Express, "DHL Express", ShippingBasis.Weight, "0=14.95; 2000=19.95", null, 1);
        var europe = new ShippingZone("EU", "FR, NL, AT", null);
        europe.Offer(ShippingMethod.Standard, "DHL Europe", ShippingBasis.Weight, "0=9.95; 2000=14.95", 100m, 5);
        var us = new ShippingZone("United States", "US", null);
        us.Offer(ShippingMethod.Standard, "USPS Ground", ShippingBasis.OrderValue, "0=5.95; 25=4.95", 50m, 4);
        us.Offer(ShippingMethod.Express, "UPS Next Day", ShippingBasis.OrderValue, "0=24.95", null, 1);
        return [germany, europe, us];
    }

    /// <summary>Adds the demo zones (the caller saves).</summary>
    public static void AddTo(ShopDbContext db)
    {
        db.TaxZones.AddRange(TaxZones());
        db.ShippingZones.AddRange(ShippingZones());
    }
}
