namespace Shop.Domain.Cart;

/// <summary>A cart line priced from the catalog. <see cref="Quantity"/> is what can actually be bought.</summary>
public sealed record PricedCartLine(
    int VariantId,
    int ProductId,
    string Name,
    string VariantTitle,
    string Sku,
    Money UnitPrice,
    int RequestedQuantity,
    int Quantity,
    CartLineStatus Status,
    Markets.TaxClass TaxClass = Markets.TaxClass.Standard,
    int WeightGrams = 0,
    int? CategoryId = null,
    bool IsDigital = false)
{
    public Money LineTotal => UnitPrice * Quantity;

    public bool IsAvailable => Status != CartLineStatus.Unavailable;

    /// <summary>"Linen Shirt — M / Blue", or the product's name alone.</summary>
    public string DisplayName => Ordering.OrderLine.NameWithVariant(Name, VariantTitle);
}
