namespace Shop.Web.Admin.Products;

/// <summary>
/// A product's name, description and picture descriptions in one more language; an empty name removes the translation,
/// its pictures' with it.
/// </summary>
public sealed class ProductTranslationForm : ITranslationForm
{
    public string Language { get; set; } = "";
    /// <summary>The language's own name, for the heading ("Deutsch").</summary>
    public string LanguageName { get; set; } = "";
    public string? Name { get; set; }
    public string? Description { get; set; }
    /// <summary>The gallery's pictures, in order; an empty text leaves a picture described as in the product's own language.</summary>
    public List<PictureText> Pictures { get; set; } = [];
}

/// <summary>One picture's description in the form's language (<see cref="Text"/>, posted with <see cref="Id"/>) beside its own.</summary>
public sealed class PictureText
{
    public int Id { get; set; }
    public string? Text { get; set; }
    /// <summary>Shown, not posted: the picture's place in the gallery, its thumbnail and its own description.</summary>
    public int Number { get; set; }
    public string Thumbnail { get; set; } = "";
    public string Own { get; set; } = "";
}
