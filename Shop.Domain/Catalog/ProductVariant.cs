namespace Shop.Domain.Catalog;

/// <summary>
/// One combination of a product's option values (M / Blue), the thing a cart line, an order line and a stock move
/// point at: its own SKU, price (or the product's), stock, weight, picture and published flag. A product without
/// options has exactly one variant, with no option values.
/// </summary>
public class ProductVariant
{
    public const int MaxSkuLength = 40;
    public const int MaxWeightGrams = 1_000_000;
    /// <summary>The most units one variant holds: every form, import and adjustment keeps to it.</summary>
    public const int MaxStock = 1_000_000;

    public int Id { get; private set; }
    public int ProductId { get; private set; }
    public string Sku { get; private set; } = "";
    public string? Option1 { get; private set; }
    public string? Option2 { get; private set; }
    public string? Option3 { get; private set; }
    /// <summary>Null: the product's price.</summary>
    public decimal? Price { get; private set; }
    public decimal? CompareAtPrice { get; private set; }
    /// <summary>When the variant's price (its own or the product's) last changed.</summary>
    public DateTimeOffset PriceSince { get; private set; }
    /// <summary>The lowest price of the 30 days before <see cref="PriceSince"/> (<see cref="PriceHistory"/>); null: none before it.</summary>
    public decimal? LowestPriorPrice { get; private set; }
    public int StockOnHand { get; private set; }
    public int? WeightGrams { get; private set; }
    /// <summary>What it holds when not the product's (<see cref="Product.Content"/>); null: the product's.</summary>
    public decimal? ContentAmount { get; private set; }
    public ContentUnit? ContentUnit { get; private set; }
    public NetContent? Content => NetContent.Of(ContentAmount, ContentUnit);
    /// <summary>Its barcode number (<see cref="Catalog.Gtin"/>), as listings match goods by it; null: none.</summary>
    public string? Gtin { get; private set; }
    /// <summary>A picture of the product's gallery shown when this variant is chosen; null: the product's main picture.</summary>
    public string? ImagePath { get; private set; }
    public bool IsPublished { get; private set; } = true;
    public int Position { get; internal set; }

    private ProductVariant() { }

    internal ProductVariant(string sku, IReadOnlyList<string> values, int position)
    {
        ChangeSku(sku);
        Choose(values);
        Position = position;
    }

    /// <summary>The option values in option order.</summary>
    public IReadOnlyList<string> Values => ValuesOf(Option1, Option2, Option3);

    /// <summary>"M / Blue"; empty for a product without options.</summary>
    public string Title => TitleOf(Option1, Option2, Option3);

    /// <summary>The "was" price of a variant: its own, or, when it sells at the product's price, the product's.</summary>
    public static decimal? WasPrice(decimal? variantPrice, decimal? variantWas, decimal? productWas) =>
        variantPrice is null ? variantWas ?? productWas : variantWas;

    public static IReadOnlyList<string> ValuesOf(string? option1, string? option2, string? option3) =>
        new[] { option1, option2, option3 }.TakeWhile(v => v is not null).Select(v => v!).ToList();

    public static string TitleOf(string? option1, string? option2, string? option3) => TitleOf(ValuesOf(option1, option2, option3));

    /// <summary>How a variant's values are written everywhere: "M / Blue".</summary>
    public static string TitleOf(IEnumerable<string> values) => string.Join(" / ", values);

    public StockState Stock => StockState.Of(StockOnHand);

    internal void Choose(IReadOnlyList<string> values)
    {
        Option1 = values.Count > 0 ? values[0] : null;
        Option2 = values.Count > 1 ? values[1] : null;
        Option3 = values.Count > 2 ? values[2] : null;
    }

    internal void ChangeSku(string sku) => Sku = Guard.Text(sku, "SKU", MaxSkuLength).ToUpperInvariant();

    internal void Reprice(decimal? price, decimal? compareAtPrice)
    {
        if (price is <= 0m) throw new DomainException($"{Describe()}: a price must be above zero.");
        if (price > Product.MaxPrice) throw new DomainException($"{Describe()}: a price must be at most 1,000,000.");
        if (compareAtPrice is <= 0m) throw new DomainException($"{Describe()}: a compare-at price must be above zero.");
        if (compareAtPrice > Product.MaxPrice) throw new DomainException($"{Describe()}: a compare-at price must be at most 1,000,000.");
        Price = price is { } p ? decimal.Round(p, CurrencyDigits.Most, MidpointRounding.AwayFromZero) : null;
        CompareAtPrice = compareAtPrice is { } c ? decimal.Round(c, CurrencyDigits.Most, MidpointRounding.AwayFromZero) : null;
    }

    /// <summary>
    /// Notes that the variant's price (its own or the product's) changed at <paramref name="since"/>, after the prices
    /// of <paramref name="earlier"/>, and so which prior price a reduction from now on is measured against.
    /// </summary>
    public void PriceChanged(DateTimeOffset since, IEnumerable<VariantPrice> earlier)
    {
        PriceSince = since;
        LowestPriorPrice = PriceHistory.LowestBefore(earlier, since);
    }

    internal void Weigh(int? grams)
    {
        if (grams is < 0 or > MaxWeightGrams) throw new DomainException($"{Describe()}: a weight is between 0 and {MaxWeightGrams} grams.");
        WeightGrams = grams;
    }

    internal void Identify(string? gtin) => Gtin = Catalog.Gtin.Normalize(gtin);

    internal void Measure(NetContent? content) => (ContentAmount, ContentUnit) = (content?.Amount, content?.Unit);

    internal void ShowImage(string? imagePath) => ImagePath = string.IsNullOrWhiteSpace(imagePath) ? null : imagePath.Trim();

    internal void SetPublished(bool published) => IsPublished = published;

    internal void SetStock(int onHand)
    {
        if (onHand < 0) throw new DomainException($"{Describe()}: stock on hand cannot be negative.");
        if (onHand > MaxStock) throw new DomainException($"{Describe()}: stock on hand is at most 1,000,000.");
        StockOnHand = onHand;
    }

    private string Describe() => Title.Length == 0 ? Sku : Title;
}
