namespace Shop.Domain.Checkout;

/// <summary>
/// One tax rate for the shop (e.g. VAT 0.20) and whether catalog prices already include it, as is the rule for
/// consumer prices in the EU/UK, or have it added at checkout, as in the US. Shipping is taxed like goods.
/// </summary>
public sealed record TaxRule
{
    public decimal Rate { get; }
    public bool PricesIncludeTax { get; }

    public TaxRule(decimal rate, bool pricesIncludeTax)
    {
        if (rate is < 0m or >= 1m) throw new DomainException("A tax rate is a fraction between 0 and 1, e.g. 0.20.");
        Rate = rate;
        PricesIncludeTax = pricesIncludeTax;
    }

    public static TaxRule None { get; } = new(0m, pricesIncludeTax: true);

    /// <summary>
    /// The tax in an amount priced the shop's way. Inclusive: the part of the amount that is tax,
    /// amount × rate / (1 + rate). Exclusive: the tax to add, amount × rate. Computed once on the whole taxable
    /// amount and rounded to cents, so totals do not drift by a cent per line.
    /// </summary>
    public Money TaxOn(Money amount) => PricesIncludeTax
        ? new Money(amount.Amount * Rate / (1m + Rate), amount.Currency)
        : new Money(amount.Amount * Rate, amount.Currency);

    /// <summary>What the shopper pays for an amount priced the shop's way.</summary>
    public Money GrossOf(Money amount) => PricesIncludeTax ? amount : amount + TaxOn(amount);
}
