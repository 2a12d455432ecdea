using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Shop.Web.Admin.Categories;

/// <summary>The create and edit form for a category.</summary>
public sealed class CategoryForm
{
    public int? Id { get; set; }
    /// <summary>The category's edit version when the form was opened (<see cref="Data.EditVersions"/>).</summary>
    public int Version { get; set; }
    public string? Name { get; set; }
    public string? Slug { get; set; }
    public string? Description { get; set; }

    /// <summary>The forms for the name in the other languages (shown on the edit page, never bound from this form).</summary>
    [BindNever]
    public IReadOnlyList<CategoryTranslationForm> Translations { get; set; } = [];

    /// <summary>The language of the translation just refused, whose form shows its problems.</summary>
    [BindNever]
    public string? RefusedTranslation { get; set; }

    public bool IsNew => Id is null;

    /// <summary>An empty web address made from the name, one typed as words written as a slug (<see cref="Domain.Catalog.Slug.Written"/>); before validation.</summary>
    public void WriteSlug() => Slug = Domain.Catalog.Slug.Written(Slug, Name);
}
