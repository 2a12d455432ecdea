namespace Shop.Domain.Ordering;

/// <summary>Items of one order line the shopper sends back, and why; whether they went back on the shelf once received.</summary>
public class ReturnLine
{
    public const int ReasonLength = 200;

    public int Id { get; private set; }
    public int OrderLineId { get; private set; }
    public int ProductId { get; private set; }
    public int VariantId { get; private set; }
    /// <summary>The item as sold ("Linen Shirt — M / Blue").</summary>
    public string Name { get; private set; } = "";
    public string Sku { get; private set; } = "";
    public Money UnitPrice { get; private set; }
    public int Quantity { get; private set; }
    public string Reason { get; private set; } = "";
    /// <summary>Null until received; then whether the items went back into stock.</summary>
    public bool? Restocked { get; private set; }

    private ReturnLine() { }

    internal ReturnLine(OrderLine line, int quantity, string reason)
    {
        OrderLineId = line.Id;
        ProductId = line.ProductId;
        VariantId = line.VariantId;
        Name = line.DisplayName.Length <= 340 ? line.DisplayName : line.DisplayName[..340];
        Sku = line.Sku;
        UnitPrice = line.UnitPrice;
        Quantity = quantity;
        Reason = Guard.Text(reason, nameof(reason), ReasonLength);
    }

    public Money Goods => UnitPrice * Quantity;

    internal void Receive(bool restock) => Restocked = restock;
}
