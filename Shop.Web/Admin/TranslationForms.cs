namespace Shop.Web.Admin;

/// <summary>A record's name and description in one more language, as its editor's translation form shows them.</summary>
public interface ITranslationForm
{
    string Language { get; }
    /// <summary>The language's name, for the form's heading.</summary>
    string LanguageName { get; }
    string? Name { get; }
    string? Description { get; }
}

/// <summary>
/// The translation forms of one editor (a product's, a category's), one per storefront language besides the default,
/// posting to <see cref="Action"/>/{language}. Only the <see cref="Refused"/> language's form shows problems, each
/// beside its field (ModelState keys "Translation.Name", "Translation.Description"): the page's other forms show theirs.
/// <see cref="MoreFields"/> names a partial view for fields one editor adds (a product's pictures), given each form and
/// whether it was the refused one.
/// </summary>
public sealed record TranslationForms(string Action, IEnumerable<ITranslationForm> Forms, string? Refused, int NameMax, int DescriptionMax,
    int DescriptionRows, string? MoreFields = null);
