namespace Shop.Domain.Catalog;

/// <summary>
/// The EU's rule for an announced reduction (Omnibus directive, German PAngV § 11): the prior price shown is the lowest
/// price of the 30 days before the reduction, measured from when the current price began; a variant on sale for less
/// than 30 days counts from its first price.
/// </summary>
public static class PriceHistory
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    /// <summary>
    /// The lowest price in effect at any moment of the <see cref="Window"/> before <paramref name="since"/> (when the
    /// current price began); null when the variant had no price before it.
    /// </summary>
    public static decimal? LowestBefore(IEnumerable<VariantPrice> history, DateTimeOffset since)
    {
        var before = history.Where(p => p.From < since).OrderBy(p => p.From).ToList();
        decimal? lowest = null;
        for (var i = 0; i < before.Count; i++)
        {
            var until = i + 1 < before.Count ? before[i + 1].From : since;
            if (until > since - Window && (lowest is null || before[i].Price < lowest)) lowest = before[i].Price;
        }
        return lowest;
    }

    /// <summary>
    /// What would be struck through if the price were lowered at <paramref name="now"/>: the lowest price of the
    /// <see cref="Window"/> before it, the current one included.
    /// </summary>
    public static decimal? LowestIfLoweredAt(IEnumerable<VariantPrice> history, DateTimeOffset now) => LowestBefore(history, now.AddTicks(1));

    /// <summary>
    /// Prices that ended a <see cref="Window"/> or more before <paramref name="since"/>: no reduction from then on can
    /// be measured against them, so they need not be kept.
    /// </summary>
    public static IReadOnlyList<VariantPrice> Outdated(IEnumerable<VariantPrice> history, DateTimeOffset since)
    {
        var ordered = history.OrderBy(p => p.From).ToList();
        return ordered.Where((p, i) => i + 1 < ordered.Count && ordered[i + 1].From <= since - Window).ToList();
    }
}
