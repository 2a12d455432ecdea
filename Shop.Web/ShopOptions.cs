namespace Shop.Web;

/// <summary>The "Shop" section of appsettings.json.</summary>
public sealed class ShopOptions
{
    public const string Section = "Shop";

    public string Name { get; set; } = "Shop";
    public string Currency { get; set; } = "USD";
    /// <summary>Database file, mail drop and media live here; relative paths are under Shop.Web.</summary>
    public string DataDirectory { get; set; } = "App_Data";
    public bool SeedDemoCatalog { get; set; } = true;
}
