namespace Shop.Domain.Markets;

/// <summary>
/// An amount priced the shop's way (with or without tax), the tax class it pays, whether it is a digital good (not
/// shipped: taxed where the buyer is billed, see <see cref="Destination.TaxedAt"/>), and whether the order's discount
/// code covers it (a code for some products comes off those lines only).
/// </summary>
public sealed record TaxableLine(Money Amount, TaxClass Class, bool IsDigital = false, bool Discounted = true)
{
    /// <summary>
    /// The lines after <paramref name="discount"/>: spread over the lines it covers in proportion to their amounts, the
    /// last covered line taking the cents left; a line never goes below zero.
    /// </summary>
    public static IReadOnlyList<TaxableLine> AfterDiscount(IReadOnlyList<TaxableLine> lines, Money discount)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var covered = lines.Where(l => l.Discounted).Aggregate(Money.Zero(discount.Currency), (sum, l) => sum + l.Amount);
        if (discount.IsZero || covered.IsZero) return lines;
        if (discount > covered) discount = covered;
        var last = lines.Select((l, i) => (l, i)).Last(x => x.l.Discounted).i;
        var left = discount;
        var result = new List<TaxableLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].Discounted)
            {
                result.Add(lines[i]);
                continue;
            }
            var share = i == last ? left : new Money(discount.Amount * lines[i].Amount.Amount / covered.Amount, covered.Currency);
            if (share > lines[i].Amount) share = lines[i].Amount;
            left -= share;
            result.Add(lines[i] with { Amount = lines[i].Amount - share });
        }
        return result;
    }
}
