namespace Shop.Domain.Checkout;

/// <summary>The result of trying a discount code on a subtotal: an amount off, or the reason it does not apply.</summary>
public sealed record DiscountOutcome
{
    private DiscountOutcome(Money amount, DiscountRefusal? refusal, string message)
    {
        Amount = amount;
        Refusal = refusal;
        Message = message;
    }

    /// <summary>The amount off; zero when refused. Never more than the subtotal.</summary>
    public Money Amount { get; }
    public DiscountRefusal? Refusal { get; }
    /// <summary>A sentence for the shopper.</summary>
    public string Message { get; }

    public bool Applies => Refusal is null;

    public static DiscountOutcome Off(Money amount, string message) => new(amount, null, message);

    public static DiscountOutcome Refused(DiscountRefusal reason, string currency, string message) =>
        new(Money.Zero(currency), reason, message);
}
