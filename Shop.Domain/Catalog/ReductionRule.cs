namespace Shop.Domain.Catalog;

/// <summary>How the storefront shows a reduction staff announce with a compare-at ("was") price.</summary>
public enum ReductionRule
{
    /// <summary>The EU's rule: the struck price is the lowest price of the 30 days before the current one began.</summary>
    LowestIn30Days,
    /// <summary>The compare-at price as staff typed it (outside the EU).</summary>
    AsTyped,
}

public static class Reduction
{
    /// <summary>
    /// The price struck through beside <paramref name="price"/>, or null: only when staff announce a reduction
    /// (<paramref name="compareAt"/> above the price), and under <see cref="ReductionRule.LowestIn30Days"/> only when
    /// the price is below <paramref name="lowestPrior"/>, which is then the price struck through.
    /// </summary>
    public static decimal? Struck(ReductionRule rule, decimal price, decimal? compareAt, decimal? lowestPrior) =>
        compareAt is not { } was || was <= price ? null
        : rule == ReductionRule.AsTyped ? was
        : lowestPrior is { } lowest && lowest > price ? lowest : null;

    /// <summary>The EU's rule for a shop in an EU country, staff's typed price elsewhere (or with no country set).</summary>
    public static ReductionRule DefaultFor(string? shopCountry) =>
        !string.IsNullOrWhiteSpace(shopCountry) && Markets.VatNumber.IsEu(shopCountry) ? ReductionRule.LowestIn30Days : ReductionRule.AsTyped;
}
