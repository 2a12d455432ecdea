namespace Shop.Web.Admin.Products;

/// <summary>
/// The product page staff edit on: the product's own form, its pictures, its options and the grid of its variants
/// with the change-many form. Each part posts on its own; a refused post comes back with what was typed in that part.
/// A new product has only its form.
/// </summary>
public sealed class ProductEditorPage(ProductForm details)
{
    public ProductForm Details { get; } = details;
    public IReadOnlyList<PictureRow> Pictures { get; init; } = [];
    public ProductOptionsForm Options { get; init; } = new ProductOptionsForm().Padded();
    public VariantGridForm Grid { get; init; } = new();
    public VariantBulkForm Bulk { get; init; } = new();
    /// <summary>Variants with stock that the posted options would remove, waiting for staff to say yes.</summary>
    public IReadOnlyList<VariantAtRisk> AtRisk { get; init; } = [];
    /// <summary>The name and description in each other storefront language.</summary>
    public IReadOnlyList<ProductTranslationForm> Translations { get; init; } = [];
    /// <summary>The language whose translation was posted and refused: its form shows the problems by its fields.</summary>
    public string? RefusedTranslation { get; init; }

    public bool IsNew => Details.IsNew;
}

/// <summary>One picture of the gallery as staff see it: a thumbnail, its alt text, its place.</summary>
public sealed record PictureRow(int Id, string Path, string Thumbnail, string AltText, int Number, bool IsFirst, bool IsLast);
