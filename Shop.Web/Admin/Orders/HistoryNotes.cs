using System.Globalization;
using Shop.Domain;
using Shop.Domain.Ordering;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Orders;

/// <summary>
/// An order's history note on the staff page, in the staff member's language. The history keeps what the shop wrote in
/// English; a note written from one of these templates is read back by it, its amounts written the page's way. A note
/// staff typed, and anything else, shows as written.
/// </summary>
public static class HistoryNotes
{
    // Written by the staff's order and return actions.
    public const string Voided = "Payment {0} voided at the gateway.";
    public const string RestRefunded = "The remaining {0} of payment {1} refunded at the gateway (refund {2}).";
    public const string PaymentRefunded = "Payment {0} refunded at the gateway (refund {1}).";
    public const string RefundMade = "Refund {0} of {1} made at the gateway.";
    public const string RefundUnconfirmed = "A refund of {0} was sent to the gateway but not confirmed ({1}); check transaction {2} before retrying.";
    public const string NotRestockedOne = "{0} unit was not restocked: its variant was removed.";
    public const string NotRestocked = "{0} units were not restocked: their variants were removed.";
    public const string ReturnApproved = "Return {0} approved: the shopper sends {1}.";
    public const string ReturnRefused = "Return {0} refused: {1}";
    public const string ReturnReceived = "Return {0} received: {1}";
    public const string ReturnRefundedWithShipping = "Return {0} refunded: {1} with shipping.";
    public const string ReturnRefunded = "Return {0} refunded: {1}.";
    public const string ReturnClosed = "Return {0} closed: the order has nothing left to refund.";

    // Most specific first: a note is read by the first template it fits.
    private static readonly StoredSentences Known = new(
    [
        .. OrderNotes.All, .. OrderNotes.Internal,
        Voided, RestRefunded, PaymentRefunded, RefundMade, RefundUnconfirmed, NotRestockedOne, NotRestocked,
        ReturnApproved, ReturnRefused, ReturnReceived, ReturnRefundedWithShipping, ReturnRefunded, ReturnClosed,
    ]);

    /// <summary>A note as the history stores it: numbers and amounts written the same whatever language staff speak.</summary>
    public static string Write(string template, params object[] values) => OrderNotes.Write(template, values);

    public static string Translate(string note, string currency) =>
        Known.Translate(note, value => Money.TryReadInvariant(value, currency, out var amount) ? amount : value) ?? note;
}
