namespace Shop.Domain.Catalog;

/// <summary>
/// A product's name and description in one more language of the storefront ("de"), typed by staff. Where there is
/// none, shoppers read the product's own (default-language) text.
/// </summary>
public sealed class ProductTranslation
{
    public const int LanguageMax = 10;
    public const int NameMax = 200;
    public const int DescriptionMax = 4000;

    public int ProductId { get; private set; }
    public string Language { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Description { get; private set; } = "";

    private ProductTranslation() { }

    public ProductTranslation(int productId, string language, string name, string? description)
    {
        if (productId <= 0) throw new DomainException("A translation belongs to a saved product.");
        ProductId = productId;
        Language = Guard.Text(language, "Language", LanguageMax).ToLowerInvariant();
        Change(name, description);
    }

    public void Change(string name, string? description)
    {
        Name = Guard.Text(name, "Name", NameMax);
        Description = Guard.Text(description, "Description", DescriptionMax, allowEmpty: true);
    }
}
