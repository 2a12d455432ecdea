namespace Shop.Domain.Cart;

/// <summary>A cart line priced from the catalog. <see cref="Quantity"/> is what can actually be bought.</summary>
public sealed record PricedCartLine(
    int ProductId,
    string Name,
    string Sku,
    Money UnitPrice,
    int RequestedQuantity,
    int Quantity,
    CartLineStatus Status)
{
    public Money LineTotal => UnitPrice * Quantity;

    public bool IsAvailable => Status != CartLineStatus.Unavailable;
}
