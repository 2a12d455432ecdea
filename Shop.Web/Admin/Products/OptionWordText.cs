namespace Shop.Web.Admin.Products;

/// <summary>
/// A word's translation in one language; empty: shoppers read the word itself. <see cref="Was"/> is the translation the
/// page showed: only what staff changed is saved, so a colleague's save of other words meanwhile stays.
/// </summary>
public sealed class OptionWordText
{
    public string Language { get; set; } = "";
    public string? Translation { get; set; }
    public string? Was { get; set; }
}
