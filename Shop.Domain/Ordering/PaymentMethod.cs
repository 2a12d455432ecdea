namespace Shop.Domain.Ordering;

/// <summary>How a shopper paid: what the gateway says the payment method is, never what the browser claims.</summary>
public enum PaymentMethod
{
    Card,
    PayPal,
}
