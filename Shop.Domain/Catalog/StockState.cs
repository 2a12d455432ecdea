namespace Shop.Domain.Catalog;

/// <summary>What a shopper is told about stock: in stock, only a few left, or sold out.</summary>
public readonly record struct StockState(int OnHand)
{
    /// <summary>At or below this many units the page says "only N left".</summary>
    public const int LowThreshold = 5;

    public static StockState Of(int onHand) => new(Math.Max(0, onHand));

    public bool IsSoldOut => OnHand == 0;
    public bool IsLow => OnHand is > 0 and <= LowThreshold;

    public string Label => IsSoldOut ? "Sold out" : IsLow ? $"Only {OnHand} left" : "In stock";
}
