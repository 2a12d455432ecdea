namespace Shop.Domain.Checkout;

/// <summary>An order was placed with a code that does not apply; <see cref="Outcome"/> says why, for the shopper.</summary>
public sealed class DiscountRefused(DiscountOutcome outcome) : DomainException(outcome.Message)
{
    public DiscountOutcome Outcome { get; } = outcome;
}
