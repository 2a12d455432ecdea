using Shop.Domain.Markets;

namespace Shop.Web.Admin.Markets;

public sealed record ShippingZonesPage(IReadOnlyList<ShippingZone> Zones, ShippingZoneForm Form, ShippingOptions Flat)
{
    /// <summary>Which addresses cannot check out because of the zones (<see cref="ShippingWarnings"/>); null when every zone ships.</summary>
    public string? Warning => ShippingWarnings.OfZones([.. Zones]);
}
