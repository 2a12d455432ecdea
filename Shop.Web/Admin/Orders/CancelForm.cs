namespace Shop.Web.Admin.Orders;

/// <summary>Cancels an order; the reason goes into its timeline, which the shopper sees too.</summary>
public sealed class CancelForm
{
    public string? Reason { get; set; }
    /// <summary>False on the first post, which only shows what will happen to the money; true from the confirmation.</summary>
    public bool Confirmed { get; set; }
}
