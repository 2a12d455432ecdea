using Shop.Domain.Ordering;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Orders;

/// <summary>
/// What the domain answers, in English, when it refuses a staff step on an order or a return, in the staff member's
/// language: read back by its template, with the status it names translated. Anything else shows as it came.
/// </summary>
public static class StaffRefusals
{
    private static readonly StoredSentences Known = new(
    [
        "Order {0} is {1} and cannot be shipped.",
        "Order {0} is {1} and cannot be cancelled.",
        "Order {0} is {1} and cannot be refunded.",
        "Order {0} is {1} and cannot be marked delivered.",
        "Order {0} is {1} and cannot be sent elsewhere.",
        "Order {0} ships nothing.",
        "Order {0} is in {1}, not {2}.",
        "A refund is above zero.",
        "Order {0} has only {1} left to refund, not {2}.",
        "The shopper's payment for order {0} is with the payment gateway right now. Open the order again in a few minutes to see how it ended.",
        "A refund or cancellation of order {0} is with the payment gateway right now. Open the order again in a moment to see how it ended.",
        Order.DeliveryStaysInItsRegion,
        TrackingNumber.NotOneLine,
        "Return {0} of order {1} is {2}, so it cannot be approved.",
        "Return {0} of order {1} is {2}, so it cannot be refused.",
        "Return {0} of order {1} is {2}, so it cannot be received.",
        "Return {0} of order {1} is {2}, so it cannot be refunded.",
        "Return {0} is {1}: it is refunded once the items are received.",
    ]);

    public static string Translate(string message) => Known.Translate(message, Status) ?? message;

    // "Paid" reads "Bezahlt"; an order number or an amount stays as it is.
    private static object Status(string value) =>
        Enum.GetNames<OrderStatus>().Contains(value) || Enum.GetNames<ReturnStatus>().Contains(value) ? ShopText.Translate(value) : value;
}
