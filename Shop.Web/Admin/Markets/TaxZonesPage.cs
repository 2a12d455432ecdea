using Shop.Domain.Markets;

namespace Shop.Web.Admin.Markets;

public sealed record TaxZonesPage(IReadOnlyList<TaxZone> Zones, TaxZoneForm Form, TaxOptions Settings, bool CanLoadDemo);
