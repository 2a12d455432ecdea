namespace Shop.Web.Admin.Products;

/// <summary>One option name or value as the catalog writes it, how many products use it, and its translations.</summary>
public sealed class OptionWordRow
{
    public string Word { get; set; } = "";
    /// <summary>Products whose options name it; 0 for a translation kept of a word no product uses any more.</summary>
    public int Products { get; set; }
    /// <summary>"name", "value" or "name, value": how products use it.</summary>
    public string UsedAs { get; set; } = "";
    /// <summary>One per storefront language besides the default, in the shop's order.</summary>
    public List<OptionWordText> Texts { get; set; } = [];
}
