namespace Shop.Domain.Ordering;

/// <summary>A refund's part at one tax rate (in one country): the net, the tax on it, and the two together.</summary>
public sealed record RefundAtRate(decimal Rate, string? Country, Money Net, Money Tax)
{
    public Money Gross => Net + Tax;
}

/// <summary>
/// A refund split by tax rate for its credit note, by the shares of the order's tax lines: the refund's tax as each rate's
/// share of the order's tax, its gross as each rate's share of the order's total, what bore no tax at 0 %. Rounding cents
/// go to the last row, so the rows add up to the refund and its tax exactly.
/// </summary>
public static class RefundByRate
{
    /// <summary>The rows; empty for an order from before the tax was kept per rate that was taxed (its total tax is all there is).</summary>
    public static IReadOnlyList<RefundAtRate> Of(Order order, OrderRefund refund)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(refund);
        var currency = order.Currency;
        var lines = order.TaxLines;
        if (lines.Count == 0)
            return refund.Tax.IsZero ? [new RefundAtRate(0m, null, refund.Amount, refund.Tax)] : [];
        var untaxed = lines.Aggregate(order.Total, (left, t) => left - t.Base - t.Tax);
        var taxOfLines = lines.Aggregate(Money.Zero(currency), (sum, t) => sum + t.Tax);
        var (grossLeft, taxLeft) = (refund.Amount, refund.Tax);
        var rows = new List<RefundAtRate>();
        for (var i = 0; i < lines.Count; i++)
        {
            var t = lines[i];
            var last = i == lines.Count - 1;
            var gross = last && untaxed.IsZero || order.Total.IsZero ? grossLeft : new Money(refund.Amount.Amount * (t.Base + t.Tax).Amount / order.Total.Amount, currency);
            var tax = taxOfLines.IsZero ? Money.Zero(currency)
                : lines.Skip(i + 1).All(n => n.Tax.IsZero) ? taxLeft
                : new Money(refund.Tax.Amount * t.Tax.Amount / taxOfLines.Amount, currency);
            rows.Add(new RefundAtRate(t.Rate, t.CountryOn(order), gross - tax, tax));
            (grossLeft, taxLeft) = (grossLeft - gross, taxLeft - tax);
        }
        if (!grossLeft.IsZero || !taxLeft.IsZero) rows.Add(new RefundAtRate(0m, null, grossLeft - taxLeft, taxLeft));
        return rows.Where(r => !r.Gross.IsZero || !r.Tax.IsZero).ToList();
    }
}
