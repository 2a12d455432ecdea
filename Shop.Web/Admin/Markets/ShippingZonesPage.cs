using Shop.Domain.Markets;

namespace Shop.Web.Admin.Markets;

public sealed record ShippingZonesPage(IReadOnlyList<ShippingZone> Zones, ShippingZoneForm Form, ShippingOptions Flat);
