using Shop.Domain.Markets;

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
            return $"Right now no address can check out: no zone offers a shipping method yet. {Rule} Offer a method in a zone, or delete the zones to go back to the flat rates for every address.";
        return $"Addresses in {string.Join(", ", unserved)} cannot check out: {(unserved.Count == 1 ? "that zone offers" : "those zones offer")} no shipping method. {Rule}";
    }

    /// <summary>For one zone's page; null once it offers a method.</summary>
    public static string? OfZone(ShippingZone zone, bool anotherZoneShips) => !zone.ShipsNothing ? null
        : $"Nothing ships to {zone.Name} yet: addresses there cannot check out until you offer a method below."
          + (anotherZoneShips ? "" : $" No other zone offers one either, so right now no address can check out. {Rule}");

    /// <summary>The notice on adding a zone: the first zone, while none offered a method, stops every address from checking out.</summary>
    public static string Added(ShippingZone zone, bool anyZoneShipped) => anyZoneShipped
        ? $"Added the shipping zone {zone.Name}: now say how it is served."
        : $"Added the shipping zone {zone.Name}. From now on only addresses in a zone that offers a shipping method can check out, and no zone offers one yet: right now no address can check out. Offer a method below.";
}
