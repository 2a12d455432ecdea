namespace Shop.Domain.Catalog;

/// <summary>
/// A category's name and description in one more language of the storefront ("de"), typed by staff. Where there is
/// none, shoppers read the category's own (default-language) text; its web address stays the same in every language.
/// </summary>
public sealed class CategoryTranslation
{
    public const int NameMax = 100;
    public const int DescriptionMax = 2000;

    public int CategoryId { get; private set; }
    public string Language { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Description { get; private set; } = "";

    private CategoryTranslation() { }

    public CategoryTranslation(int categoryId, string language, string name, string? description)
    {
        if (categoryId <= 0) throw new DomainException("A translation belongs to a saved category.");
        CategoryId = categoryId;
        Language = Guard.Text(language, "Language", ProductTranslation.LanguageMax).ToLowerInvariant();
        Change(name, description);
    }

    public void Change(string name, string? description)
    {
        Name = Guard.Text(name, "Name", NameMax);
        Description = Guard.Text(description, "Description", DescriptionMax, allowEmpty: true);
    }
}
