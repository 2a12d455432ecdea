namespace Shop.Web.Admin.Markets;

/// <summary>A tax zone as staff type it: rates in percent (19 for 19 %).</summary>
public sealed class TaxZoneForm
{
    public int? Id { get; set; }
    /// <summary>The zone's edit version when the form was opened (<see cref="Data.EditVersions"/>).</summary>
    public int Version { get; set; }
    public string? Name { get; set; }
    public string? TaxName { get; set; } = "VAT";
    public string? Countries { get; set; }
    public string? Regions { get; set; }
    public decimal? StandardPercent { get; set; }
    public decimal? ReducedPercent { get; set; }
}
