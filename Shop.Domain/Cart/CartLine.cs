namespace Shop.Domain.Cart;

/// <summary>
/// One variant of a product in a cart and how many of it the shopper wants. Nothing else: name, SKU and price are looked up
/// from the catalog every time the cart is priced, so a tampered form or a stale page can never set them.
/// </summary>
public class CartLine
{
    public int Id { get; private set; }
    public int VariantId { get; private set; }
    public int Quantity { get; private set; }

    private CartLine() { }

    internal CartLine(int variantId, int quantity)
    {
        if (variantId <= 0) throw new DomainException("A cart line needs a product.");
        VariantId = variantId;
        SetQuantity(quantity);
    }

    internal void SetQuantity(int quantity)
    {
        if (quantity < 1) throw new DomainException("A cart line holds at least one item.");
        Quantity = Math.Min(quantity, ShoppingCart.MaxQuantityPerLine);
    }
}
