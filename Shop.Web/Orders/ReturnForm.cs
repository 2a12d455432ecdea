namespace Shop.Web.Orders;

/// <summary>The shopper's return request: per order line, how many go back and why (zero lines are ignored).</summary>
public sealed class ReturnForm
{
    public List<ReturnFormLine> Lines { get; set; } = [];
}

/// <summary>One order line on the return form.</summary>
public sealed class ReturnFormLine
{
    public int OrderLineId { get; set; }
    public int? Quantity { get; set; }
    public string? Reason { get; set; }
}
