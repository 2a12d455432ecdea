namespace Shop.Web.Admin.Markets;

/// <summary>Where a shipping zone applies.</summary>
public sealed class ShippingZoneForm
{
    public int? Id { get; set; }
    /// <summary>The zone's edit version when the page was opened.</summary>
    public int Version { get; set; }
    public string? Name { get; set; }
    public string? Countries { get; set; }
    public string? Regions { get; set; }
}
