using System.Globalization;
using Shop.Domain.Catalog;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Products;

/// <summary>
/// What staff are told beside a compare-at ("was") price under the EU's rule: which prior price the storefront strikes
/// through (<see cref="Reduction.Struck"/>), or that no reduction shows and why. Asked only under that rule
/// (<see cref="ProductEditor"/>).
/// </summary>
public static class ReductionHint
{
    public static string Of(ShopOptions shop, ProductVariant variant, decimal price, decimal? compareAt, IReadOnlyList<VariantPrice> history, DateTimeOffset now)
    {
        string Amount(decimal a) => shop.Money(a).ToString(CultureInfo.InvariantCulture);
        var since = ShopTime.DayOf(variant.PriceSince).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture); // the shop's day, as staff pages write days
        if (compareAt is not { } was || was <= price)
            return PriceHistory.LowestIfLoweredAt(history, now) is { } lowest
                ? $"No reduction is announced. Lowered today and given a was price, the price would show against {Amount(lowest)}, the lowest price of the last 30 days."
                : "No reduction is announced.";
        if (Reduction.Struck(ReductionRule.LowestIn30Days, price, was, variant.LowestPriorPrice) is { } struck)
            return $"Shoppers see {Amount(struck)} struck through as the lowest price in the 30 days before {Amount(price)} began on {since}, not the was price typed.";
        return variant.LowestPriorPrice is { } prior
            ? $"No reduction shows: the price was {Amount(prior)} within the 30 days before {Amount(price)} began on {since}, so it is not below the lowest prior price."
            : $"No reduction shows: {Amount(price)} is the first price, so there is no earlier price to measure a reduction against.";
    }
}
