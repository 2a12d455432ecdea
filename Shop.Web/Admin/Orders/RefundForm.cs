namespace Shop.Web.Admin.Orders;

/// <summary>Gives money back; whether that much is left to refund is decided against the order, not the form.</summary>
public sealed class RefundForm
{
    public decimal? Amount { get; set; }
    /// <summary>Why (a price adjustment, say): printed on the refund's credit note; optional.</summary>
    public string? RefundReason { get; set; }
    /// <summary>False on the first post, which only shows what will happen to the money; true from the confirmation.</summary>
    public bool Confirmed { get; set; }
    /// <summary>What the order had refunded when the confirmation was shown: a refund made since (a colleague's, or this
    /// form sent twice) makes the confirmation stale, so it refunds nothing.</summary>
    public decimal? RefundedBefore { get; set; }
}
