namespace Shop.Web.Admin.Orders;

/// <summary>Marks an order shipped; the carrier's tracking number (and its tracking link) goes to the shopper.</summary>
public sealed class ShipForm
{
    public string? TrackingNumber { get; set; }
    /// <summary>One of the shop's carriers (<see cref="Shop.Web.Orders.Carriers"/>), or empty.</summary>
    public string? Carrier { get; set; }
}
