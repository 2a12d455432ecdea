namespace Shop.Web.Admin.Products;

/// <summary>A product's name and description in one more language; an empty name removes the translation.</summary>
public sealed class ProductTranslationForm : ITranslationForm
{
    public string Language { get; set; } = "";
    /// <summary>The language's own name, for the heading ("Deutsch").</summary>
    public string LanguageName { get; set; } = "";
    public string? Name { get; set; }
    public string? Description { get; set; }
}
