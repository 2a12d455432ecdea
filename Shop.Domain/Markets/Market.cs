using Shop.Domain.Checkout;

namespace Shop.Domain.Markets;

/// <summary>The shop's terms of sale by destination: what shipping it offers where, and how it taxes.</summary>
public sealed record Market(ShippingTable Shipping, TaxPolicy Tax)
{
    /// <summary>One tax rate and flat shipping everywhere: the shop before zones, and any shop that sets none up.</summary>
    public static Market Single(ShippingRates rates, TaxRule tax, DeliveryPromise? promise = null) =>
        new(ShippingTable.Single(rates, promise ?? new DeliveryPromise(3, 1)), TaxPolicy.Single(tax));

    /// <summary>
    /// These terms quoting an address not known yet as one in <paramref name="countryCode"/>, not in the shop's own
    /// country: the cart's estimate for the country a shopper chose (its shipping and its tax rates). Reverse charge
    /// needs an address and a VAT number, so none applies to an estimate.
    /// </summary>
    public Market EstimatingFor(string countryCode) =>
        this with { Shipping = Shipping with { ShopCountry = countryCode }, Tax = Tax with { ShopCountry = countryCode } };

    public const string RegionNeeded = "Enter the state or region: tax and shipping there depend on it.";
    public const string RegionUnknown = "Enter the state or province, such as {0}: tax and shipping there depend on it.";

    /// <summary>
    /// Why an address cannot be taxed and shipped as typed: where a zone of regions covers part of its country, it must
    /// name its region (a listed state by code or name, <see cref="Regions"/>), or it would fall to the country's rate
    /// (or none) without a word. Null when it can.
    /// </summary>
    public string? RegionRefusal(Address address)
    {
        var country = address.CountryCode;
        var byRegion = Tax.Zones.Cast<IZone>().Concat(Shipping.Zones).Any(z => z.Area.Regions.Count > 0 && z.Area.Countries.Contains(country));
        if (!byRegion) return null;
        if (Regions.Listed(country)) return Regions.Named(country, address.Region) ? null : RegionUnknown;
        return address.Region.Length == 0 ? RegionNeeded : null;
    }
}
