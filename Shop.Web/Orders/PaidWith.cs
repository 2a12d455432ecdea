using Shop.Domain.Ordering;

namespace Shop.Web.Orders;

/// <summary>How an order was paid, in words for the shopper's confirmation and the staff order page.</summary>
public static class PaidWith
{
    /// <summary>
    /// "PayPal (payer@example.com)" or "Card" (orders placed before the shop recorded it were cards); "Nothing to pay"
    /// when a discount covered the order and no card was asked for.
    /// </summary>
    public static string Describe(Order order) => order.IsFreeOfCharge ? "Nothing to pay" : order.PaymentMethod switch
    {
        PaymentMethod.PayPal => order.PayerEmail is { } payer ? $"PayPal ({payer})" : "PayPal",
        _ => "Card",
    };

    /// <summary>Where a refund goes, for the shopper's mails: "your PayPal account" or "your card".</summary>
    public static string RefundsTo(Order order) => order.PaymentMethod == PaymentMethod.PayPal ? "your PayPal account" : "your card";
}
