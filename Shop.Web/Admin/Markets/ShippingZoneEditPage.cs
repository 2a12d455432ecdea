namespace Shop.Web.Admin.Markets;

/// <summary>
/// The zone's page; <paramref name="Refused"/> is the method whose form came back with problems, shown by its fields.
/// Every form on it carries the zone's <paramref name="Version"/> (<see cref="Data.EditVersions"/>).
/// </summary>
public sealed record ShippingZoneEditPage(int Id, int Version, ShippingZoneForm Zone, IReadOnlyList<ZoneMethodForm> Methods,
    Shop.Domain.Checkout.ShippingMethod? Refused = null)
{
    /// <summary>Why addresses cannot check out because of this zone (<see cref="ShippingWarnings"/>); null when it ships.</summary>
    public string? Warning { get; init; }
}
