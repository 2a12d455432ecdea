namespace Shop.Domain.Markets;

/// <summary>
/// The tax of an order, per rate. <see cref="Net"/> is what the goods and shipping cost without tax, so the shopper
/// always pays <c>Net + Tax</c>: with tax-inclusive prices that is the shelf price, with reverse charge the net alone.
/// <see cref="ReverseCharge"/> is true when any line is reverse charged; <see cref="Rates"/> then hold the others' tax.
/// </summary>
public sealed record TaxBreakdown(IReadOnlyList<TaxAtRate> Rates, Money Net, bool PricesIncludeTax, bool ReverseCharge)
{
    public Money Tax => Rates.Aggregate(Money.Zero(Net.Currency), (sum, r) => sum + r.Tax);

    public Money Total => Net + Tax;
}
