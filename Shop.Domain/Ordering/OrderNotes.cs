using System.Globalization;
using System.Text.RegularExpressions;

namespace Shop.Domain.Ordering;

/// <summary>
/// The notes an order writes in its timeline about its own steps, in English as stored; the shopper's pages translate
/// them by these templates. Most specific first: a note is read by the first template it fits.
/// </summary>
public static partial class OrderNotes
{
    public const string Placed = "Order placed.";
    public const string Paid = "Paid (transaction {0}).";
    public const string NothingToPay = "Nothing to pay: no charge was made.";
    public const string Declined = "Payment declined: {0}";
    public const string PaymentFailed = "Payment failed: {0}";
    public const string ShippedWith = "Shipped with {0}, tracking {1}.";
    public const string Shipped = "Shipped, tracking {0}.";
    public const string Delivered = "Delivered.";
    public const string CancelledAndRefunded = "Cancelled: {0} Refunded {1}.";
    public const string Cancelled = "Cancelled: {0}";
    public const string Refunded = "Refunded {0} (total refunded {1}).";

    /// <summary>Internal (staff read it): where the order was to go before staff corrected it.</summary>
    public const string DeliveryAddressChanged = "Delivery address corrected by staff; it was: {0}";

    public static readonly IReadOnlyList<string> All =
        [Placed, Paid, NothingToPay, Declined, PaymentFailed, ShippedWith, Shipped, Delivered, CancelledAndRefunded, Cancelled, Refunded];

    // Internal notes written about the order from outside it: a shopper's return request, checkout, the gateway's notifications.
    public const string ReturnRequested = "Return requested: {0}";
    public const string SavedMethodAsCard = "A saved payment method's id was sent as a one-time card: refused, not charged.";
    public const string Settled = "Payment settled (Braintree).";
    public const string SettlementDeclined = "Settlement declined by the bank (Braintree): follow up with the shopper.";
    public const string Disbursed = "Payment disbursed to the shop's account.";
    public const string DisputeOpened = "Dispute opened ({0}), amount {1}.";
    public const string DisputeWon = "Dispute won.";
    public const string DisputeLost = "Dispute lost: the money went back to the cardholder.";
    public const string RefundFailed = "A refund failed at the gateway: refund the shopper another way.";
    public const string ForeignTransaction = "Braintree reports transaction {0} ({1}) for {2}, not this order's {3}: not counted as its payment; check it at Braintree.";

    /// <summary>The internal notes above and <see cref="DeliveryAddressChanged"/>, for staff pages to read back.</summary>
    public static readonly IReadOnlyList<string> Internal =
    [
        DeliveryAddressChanged, ReturnRequested, SavedMethodAsCard, Settled, SettlementDeclined, Disbursed, DisputeOpened, DisputeWon,
        DisputeLost, RefundFailed, ForeignTransaction,
    ];

    /// <summary>The reason staff gave in a cancellation's note (<see cref="Cancelled"/>, <see cref="CancelledAndRefunded"/>); null for any other note.</summary>
    internal static string? CancellationReason(string note) =>
        CancellationNote().Match(note) is { Success: true } m ? m.Groups[1].Value : null;

    // The amount as Write stores it: a symbol ("$", "CHF ") and a number.
    [GeneratedRegex(@"^Cancelled: (.*?)(?: Refunded [^\s\d]*\s?-?[0-9][0-9,.]*\.)?$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex CancellationNote();

    /// <summary>
    /// A stored English sentence from its template (a note, a return or shipping refusal), with numbers and amounts
    /// written the same way whatever language the request that wrote it spoke, so it is read back by its template.
    /// </summary>
    public static string Write(string template, params object?[] values) =>
        string.Format(CultureInfo.InvariantCulture, template, values.Select(v => v is Money m ? m.ToString(CultureInfo.InvariantCulture) : v).ToArray());
}
