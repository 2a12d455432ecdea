namespace Shop.Domain.Catalog;

/// <summary>A shelf of the shop: products are browsed by category.</summary>
public class Category
{
    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public string Description { get; private set; } = "";
    public int SortOrder { get; private set; }

    private Category() { }

    public Category(string name, string slug, string description, int sortOrder)
    {
        Rename(name, slug);
        Describe(description);
        SortOrder = sortOrder;
    }

    public void Rename(string name, string slug)
    {
        Name = Guard.Text(name, nameof(name), 100);
        Slug = Catalog.Slug.Require(slug);
    }

    public void Describe(string description) => Description = Guard.Text(description, nameof(description), 2000, allowEmpty: true);

    public void MoveTo(int sortOrder) => SortOrder = sortOrder;
}
