namespace Shop.Domain.Catalog;

/// <summary>A price a variant sold at (its own, or its product's) from <see cref="From"/> until the next one's.</summary>
public class VariantPrice
{
    public long Id { get; private set; }
    public int VariantId { get; private set; }
    public ProductVariant? Variant { get; private set; }
    public decimal Price { get; private set; }
    public DateTimeOffset From { get; private set; }

    private VariantPrice() { }

    public VariantPrice(decimal price, DateTimeOffset from)
    {
        Price = price;
        From = from;
    }

    /// <summary>A price of <paramref name="variant"/>, saved or not (its id follows when it is saved).</summary>
    public VariantPrice(ProductVariant variant, decimal price, DateTimeOffset from) : this(price, from)
    {
        Variant = variant;
        VariantId = variant.Id;
    }
}
