namespace Shop.Web.Admin.Orders;

/// <summary>Cancels an order; the reason goes into its timeline, which the shopper sees too.</summary>
public sealed class CancelForm
{
    public string? Reason { get; set; }
}
