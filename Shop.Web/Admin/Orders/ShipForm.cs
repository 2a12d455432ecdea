namespace Shop.Web.Admin.Orders;

/// <summary>Marks an order shipped; the carrier's tracking number goes to the shopper.</summary>
public sealed class ShipForm
{
    public string? TrackingNumber { get; set; }
}
