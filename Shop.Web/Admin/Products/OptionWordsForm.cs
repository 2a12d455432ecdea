namespace Shop.Web.Admin.Products;

/// <summary>
/// The glossary of option words: every option name and value the catalog uses, each with its translation in every
/// storefront language besides the default; posted whole and saved at once.
/// </summary>
public sealed class OptionWordsForm
{
    public List<OptionWordRow> Words { get; set; } = [];
}
