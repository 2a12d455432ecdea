namespace Shop.Domain.Markets;

/// <summary>
/// The tax of an order, per rate. <see cref="Net"/> is what the goods and shipping cost without tax, so the shopper
/// always pays <c>Net + Tax</c>: with tax-inclusive prices that is the shelf price, with reverse charge the net alone.
/// <see cref="ReverseCharge"/> is true when any line is reverse charged; <see cref="Rates"/> then hold the others' tax.
/// </summary>
public sealed record TaxBreakdown(IReadOnlyList<TaxAtRate> Rates, Money Net, bool PricesIncludeTax, bool ReverseCharge)
{
    public Money Tax => Rates.Aggregate(Money.Zero(Net.Currency), (sum, r) => sum + r.Tax);

    /// <summary>What each goods line (in the order given) comes to in <see cref="Total"/>: after its discount, with its tax.</summary>
    public IReadOnlyList<Money> LinesPaid { get; init; } = [];

    /// <summary>What the shipping comes to in <see cref="Total"/>: with its tax, or without it when reverse charged.</summary>
    public Money ShippingPaid { get; init; }

    /// <summary>The tax within each of <see cref="LinesPaid"/> (zero when zero-rated or reverse charged).</summary>
    public IReadOnlyList<Money> LinesTax { get; init; } = [];

    public Money Total => Net + Tax;
}
