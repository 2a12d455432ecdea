namespace Shop.Web.Settings;

/// <summary>
/// A business setting staff saved on <c>/admin/settings</c>: its configuration key (<c>Shop:Returns:Days</c>) and value,
/// which win over appsettings.json (<see cref="SavedSettings"/>); a list's lines are kept one a line. Its name and the
/// delivery promise show on catalog pages, so a save is a catalog edit too.
/// </summary>
public class ShopSetting : Catalog.IShownOnCatalogPages
{
    public const int MaxValueLength = 4000;

    public string Key { get; private set; } = "";
    public string Value { get; private set; } = "";
    public DateTimeOffset ChangedAt { get; private set; }
    public string ChangedBy { get; private set; } = "";

    private ShopSetting() { }

    public ShopSetting(string key, string value, DateTimeOffset at, string by)
    {
        Key = key;
        Change(value, at, by);
    }

    public void Change(string value, DateTimeOffset at, string by)
    {
        Value = value;
        ChangedAt = at;
        ChangedBy = by;
    }
}
