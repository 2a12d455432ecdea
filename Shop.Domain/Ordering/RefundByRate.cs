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
        var lines = order.TaxLines;
        if (lines.Count == 0)
            return refund.Tax.IsZero ? [new RefundAtRate(0m, null, refund.Amount, refund.Tax)] : [];
        // The order's lines at each rate, then what bore no tax (at 0 %), which takes what rounding left of the gross.
        var untaxed = lines.Aggregate(order.Total, (left, t) => left - t.Base - t.Tax);
        var grosses = refund.Amount.SpreadBy([.. lines.Select(t => (t.Base + t.Tax).Amount), untaxed.Amount]);
        var taxes = refund.Tax.SpreadBy([.. lines.Select(t => t.Tax.Amount), 0m]);
        var rows = lines.Select((t, i) => new RefundAtRate(t.Rate, t.CountryOn(order), grosses[i] - taxes[i], taxes[i]))
            .Append(new RefundAtRate(0m, null, grosses[^1] - taxes[^1], taxes[^1]));
        return rows.Where(r => !r.Gross.IsZero || !r.Tax.IsZero).ToList();
    }
}
