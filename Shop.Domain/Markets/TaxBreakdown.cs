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

    /// <summary>
    /// The tax within a refund of part of a paid <paramref name="total"/>, given what was refunded before: the share
    /// of everything refunded so far minus the share of what was refunded before, so refunds in pieces never add up
    /// to a cent more or less than the order's tax.
    /// </summary>
    public Money TaxInRefund(Money refundedBefore, Money refund, Money total)
    {
        if (refund.Amount <= 0m || refundedBefore.Amount < 0m || refundedBefore + refund > total)
            throw new DomainException($"A refund is above zero and at most what is left of {total}.");
        return Share(refundedBefore + refund, total) - Share(refundedBefore, total);
    }

    private Money Share(Money refunded, Money total) =>
        total.IsZero ? Money.Zero(total.Currency) : new Money(Tax.Amount * refunded.Amount / total.Amount, total.Currency);
}
