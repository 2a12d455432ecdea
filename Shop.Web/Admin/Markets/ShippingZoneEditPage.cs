namespace Shop.Web.Admin.Markets;

/// <summary>The zone's page; <paramref name="Refused"/> is the method whose form came back with problems, shown by its fields.</summary>
public sealed record ShippingZoneEditPage(int Id, ShippingZoneForm Zone, IReadOnlyList<ZoneMethodForm> Methods, Shop.Domain.Checkout.ShippingMethod? Refused = null)
{
    /// <summary>Why addresses cannot check out because of this zone (<see cref="ShippingWarnings"/>); null when it ships.</summary>
    public string? Warning { get; init; }
}
