namespace Shop.Web.Admin.Orders;

/// <summary>Ships the orders ticked on the "To fulfil" list, each with its own tracking number, with one carrier.</summary>
public sealed class BulkShipForm
{
    public const int Most = 100;

    /// <summary>The numbers of the ticked orders.</summary>
    public List<string> Selected { get; set; } = [];
    /// <summary>Tracking number by order number (the list has one box per order; only ticked ones count).</summary>
    public Dictionary<string, string?> Tracking { get; set; } = [];
    public string? Carrier { get; set; }

    public string? TrackingOf(string number) => Tracking.GetValueOrDefault(number)?.Trim();
}
