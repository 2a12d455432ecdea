using Shop.Domain.Markets;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Markets;

/// <summary>
/// What staff are told while shipping zones leave addresses unable to check out: once any zone exists, only addresses in
/// a zone offering a method can (<see cref="ShippingTable"/>), so the first zone stops every other address at once.
/// </summary>
public static class ShippingWarnings
{
    public const string Rule = "Once any shipping zone exists, only addresses in a zone that offers a shipping method can check out.";

    /// <summary>For the zone list; null while every zone offers a method (or there are no zones).</summary>
    public static string? OfZones(IReadOnlyCollection<ShippingZone> zones)
    {
        var unserved = zones.Where(z => z.ShipsNothing).Select(z => z.Name).ToList();
        if (unserved.Count == 0) return null;
        if (unserved.Count == zones.Count)
            return ShopText.Translate("Right now no address can check out: no zone offers a shipping method yet. {0} Offer a method in a zone, or delete the zones to go back to the flat rates for every address.", ShopText.Translate(Rule));
        return ShopText.Translate(unserved.Count == 1
                ? "Addresses in {0} cannot check out: that zone offers no shipping method. {1}"
                : "Addresses in {0} cannot check out: those zones offer no shipping method. {1}",
            string.Join(", ", unserved), ShopText.Translate(Rule));
    }

    /// <summary>For one zone's page; null once it offers a method.</summary>
    public static string? OfZone(ShippingZone zone, bool anotherZoneShips) => !zone.ShipsNothing ? null
        : ShopText.Translate("Nothing ships to {0} yet: addresses there cannot check out until you offer a method below.", zone.Name)
          + (anotherZoneShips ? "" : " " + ShopText.Translate("No other zone offers one either, so right now no address can check out. {0}", ShopText.Translate(Rule)));

    /// <summary>The notice on adding a zone: the first zone, while none offered a method, stops every address from checking out.</summary>
    public static string Added(ShippingZone zone, bool anyZoneShipped) => anyZoneShipped
        ? ShopText.Translate("Added the shipping zone {0}: now say how it is served.", zone.Name)
        : ShopText.Translate("Added the shipping zone {0}. From now on only addresses in a zone that offers a shipping method can check out, and no zone offers one yet: right now no address can check out. Offer a method below.", zone.Name);
}
