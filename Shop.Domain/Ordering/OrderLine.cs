namespace Shop.Domain.Ordering;

/// <summary>
/// A product as it was sold: name, SKU and unit price are copied at order time so later catalog edits never
/// change an order, a receipt or a refund.
/// </summary>
public class OrderLine
{
    public int Id { get; private set; }
    public int ProductId { get; private set; }
    public string Name { get; private set; } = "";
    public string Sku { get; private set; } = "";
    public Money UnitPrice { get; private set; }
    public int Quantity { get; private set; }
    public Money LineTotal { get; private set; }

    private OrderLine() { }

    internal OrderLine(int productId, string name, string sku, Money unitPrice, int quantity)
    {
        if (quantity < 1) throw new DomainException("An order line holds at least one item.");
        if (unitPrice.Amount <= 0m) throw new DomainException("An order line needs a price above zero.");
        ProductId = productId;
        Name = Guard.Text(name, nameof(name), 200);
        Sku = Guard.Text(sku, nameof(sku), 40);
        UnitPrice = unitPrice;
        Quantity = quantity;
        LineTotal = unitPrice * quantity;
    }
}
