using Shop.Domain;
using Shop.Domain.Ordering;
using Shop.Web.Languages;

namespace Shop.Web.Documents;

/// <summary>Money going back, as documents print it: with a minus (nothing stays 0.00), and a refund's reason.</summary>
public static class PrintedRefunds
{
    /// <summary>"-10.00 €": an amount refunded.</summary>
    public static string Back(Money amount) => amount.IsZero ? amount.ToString() : "-" + amount;

    /// <summary>Why the money went back, in the current language; what staff wrote stays as written.</summary>
    public static string Reason(OrderRefund refund)
    {
        var kind = ShopText.Translate(refund.Kind switch
        {
            RefundKind.Return => "Goods returned",
            RefundKind.Cancellation => "Order cancelled",
            _ => "Refund",
        });
        return refund.Reason is null ? kind : $"{kind}{ShopText.Colon} {refund.Reason}";
    }
}
