namespace Shop.Web.Admin.Orders;

/// <summary>Ships the orders ticked on the "To fulfil" list, each with its own tracking number, with one carrier.</summary>
public sealed class BulkShipForm
{
    public const int Most = 100;

    /// <summary>
    /// The form's own field limit (the shop-wide 200 refused 100 ticked orders with a bare 400): a tick and a tracking
    /// number for twice the most it ships, so a selection over that is read and told the limit. Its PDF buttons post it too.
    /// </summary>
    public const int FieldLimit = 4 * Most + 50;

    /// <summary>The numbers of the ticked orders.</summary>
    public List<string> Selected { get; set; } = [];
    /// <summary>Tracking number by order number (the list has one box per order; only ticked ones count).</summary>
    public Dictionary<string, string?> Tracking { get; set; } = [];
    public string? Carrier { get; set; }

    public string? TrackingOf(string number) => Tracking.GetValueOrDefault(number)?.Trim();

    /// <summary>Orders given a tracking number but not ticked: they do not ship, and keep the number typed for them.</summary>
    public Dictionary<string, string?> TypedButNotTicked() =>
        Tracking.Where(t => !string.IsNullOrWhiteSpace(t.Value) && !Selected.Contains(t.Key, StringComparer.OrdinalIgnoreCase))
            .ToDictionary(t => t.Key, t => t.Value?.Trim());
}
