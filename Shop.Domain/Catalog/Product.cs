namespace Shop.Domain.Catalog;

/// <summary>Something the shop sells. Stock on hand never goes below zero.</summary>
public class Product
{
    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public string Sku { get; private set; } = "";
    public string Description { get; private set; } = "";
    public decimal Price { get; private set; }
    /// <summary>The "was" price shown struck through; only meaningful when above the price.</summary>
    public decimal? CompareAtPrice { get; private set; }
    public int StockOnHand { get; private set; }
    public int CategoryId { get; private set; }
    public Category? Category { get; private set; }
    public bool IsPublished { get; private set; }
    public string? ImagePath { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>Kept because past orders point at it, but no longer sold or shown: it can never be published again.</summary>
    public bool IsArchived { get; private set; }
    /// <summary>
    /// Goes up with every staff change (<see cref="Touch"/>). The database only saves an edit made from the version the
    /// editor saw, so two staff editing one product cannot silently overwrite each other.
    /// </summary>
    public int Version { get; private set; }

    private Product() { }

    public Product(string name, string slug, string sku, string description, decimal price, int categoryId, DateTimeOffset now)
    {
        Rename(name, slug);
        ChangeSku(sku);
        Describe(description);
        Reprice(price, null);
        CategoryId = categoryId;
        CreatedAt = UpdatedAt = now;
    }

    public bool IsOnSale => CompareAtPrice is { } was && was > Price;

    public StockState Stock => StockState.Of(StockOnHand);

    public void Rename(string name, string slug)
    {
        Name = Guard.Text(name, nameof(name), 200);
        Slug = Catalog.Slug.Require(slug);
    }

    public void Describe(string description) => Description = Guard.Text(description, nameof(description), 4000, allowEmpty: true);

    public void Reprice(decimal price, decimal? compareAtPrice)
    {
        if (price <= 0m) throw new DomainException("A price must be above zero.");
        if (compareAtPrice is <= 0m) throw new DomainException("A compare-at price must be above zero.");
        Price = decimal.Round(price, 2, MidpointRounding.AwayFromZero);
        CompareAtPrice = compareAtPrice is { } c ? decimal.Round(c, 2, MidpointRounding.AwayFromZero) : null;
    }

    public void SetStock(int onHand)
    {
        if (onHand < 0) throw new DomainException("Stock on hand cannot be negative.");
        StockOnHand = onHand;
    }

    public void ChangeSku(string sku) => Sku = Guard.Text(sku, nameof(sku), 40).ToUpperInvariant();

    public void MoveToCategory(int categoryId) => CategoryId = categoryId;

    public void ShowImage(string? imagePath) => ImagePath = imagePath;

    public void Publish()
    {
        if (IsArchived) throw new DomainException("An archived product cannot be published again.");
        IsPublished = true;
    }

    /// <summary>Takes the product off sale for good while past orders keep pointing at it.</summary>
    public void Archive()
    {
        IsArchived = true;
        IsPublished = false;
    }

    public void Unpublish() => IsPublished = false;

    public void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}
