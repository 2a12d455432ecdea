namespace Shop.Web.Admin.Markets;

public sealed record ShippingZoneEditPage(int Id, ShippingZoneForm Zone, IReadOnlyList<ZoneMethodForm> Methods);
