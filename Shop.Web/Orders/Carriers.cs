using Microsoft.Extensions.Options;

namespace Shop.Web.Orders;

/// <summary>The carriers an order can ship with, and the link where the shopper follows their parcel.</summary>
public sealed class Carriers(IOptions<CarrierOptions> options)
{
    public static readonly IReadOnlyList<Carrier> Defaults =
    [
        new() { Name = "DHL", TrackingUrl = "https://www.dhl.com/global-en/home/tracking.html?tracking-id={tracking}" },
        new() { Name = "FedEx", TrackingUrl = "https://www.fedex.com/fedextrack/?trknbr={tracking}" },
        new() { Name = "UPS", TrackingUrl = "https://www.ups.com/track?tracknum={tracking}" },
        new() { Name = "USPS", TrackingUrl = "https://tools.usps.com/go/TrackConfirmAction?tLabels={tracking}" },
    ];

    public IReadOnlyList<Carrier> All =>
        options.Value.Carriers.Where(c => !string.IsNullOrWhiteSpace(c.Name)).ToList() is { Count: > 0 } configured ? configured : Defaults;

    public bool IsKnown(string? name) => Find(name) is not null;

    /// <summary>The carrier's tracking page for this parcel; null for an unknown carrier or no tracking number.</summary>
    public string? TrackingLink(string? carrier, string? trackingNumber) =>
        Find(carrier) is { TrackingUrl.Length: > 0 } c && !string.IsNullOrWhiteSpace(trackingNumber)
            ? c.TrackingUrl.Replace("{tracking}", Uri.EscapeDataString(trackingNumber.Trim()), StringComparison.OrdinalIgnoreCase)
            : null;

    private Carrier? Find(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : All.FirstOrDefault(c => c.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));
}
