namespace Shop.Domain.Catalog;

/// <summary>
/// What one product picture shows (its alt text) in one more language of the storefront, typed by staff. Where there
/// is none, shoppers read the picture's own description, or one made from the product's name (the product page's).
/// </summary>
public sealed class PictureTranslation
{
    public int ProductImageId { get; private set; }
    public string Language { get; private set; } = "";
    public string AltText { get; private set; } = "";

    private PictureTranslation() { }

    public PictureTranslation(int productImageId, string language, string altText)
    {
        if (productImageId <= 0) throw new DomainException("A translation belongs to a saved picture.");
        ProductImageId = productImageId;
        Language = Guard.Text(language, "Language", ProductTranslation.LanguageMax).ToLowerInvariant();
        Change(altText);
    }

    public void Change(string altText) => AltText = Guard.Text(altText, "Alt text", ProductImage.MaxAltTextLength);
}
