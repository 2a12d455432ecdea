using Shop.Domain;
using Shop.Domain.Ordering;
using Shop.Web.Languages;
using Shop.Web.Payments;

namespace Shop.Web.Orders;

/// <summary>
/// An order's timeline note in the shopper's language: a note the order wrote about its own steps
/// (<see cref="OrderNotes"/>) is translated with what it names (transaction, tracking number, a reason as typed, the
/// shop's own sentence for a failed payment) and its amounts written the shopper's way; anything else, such as a note
/// staff wrote for the shopper, stays as written.
/// </summary>
public static class TimelineNotes
{
    private static readonly StoredSentences Known = new(OrderNotes.All);

    public static string InShoppersLanguage(string note, string currency) => Own(note, currency) ?? note;

    /// <summary>
    /// A timeline line after its time: an order's own note says its step already ("Paid (transaction 7x2k)."), so it
    /// stands alone; another note follows the status it was written at ("Shipped: Delivered to your neighbour.").
    /// </summary>
    public static string Line(OrderStatus status, string note, string currency) =>
        Own(note, currency) ?? $"{ShopText.Translate(status.ToString())}{ShopText.Colon} {note}";

    private static string? Own(string note, string currency) => Known.Translate(note, value => Named(value, currency));

    /// <summary>An amount as the note stored it ("$1,234.50") reads "1.234,50 $" to a German shopper.</summary>
    private static object Named(string value, string currency) =>
        Money.TryReadInvariant(value, currency, out var amount) ? amount : PaymentRefusals.InShoppersLanguage(value);
}
