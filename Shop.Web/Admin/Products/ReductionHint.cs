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
        string Amount(decimal a) => shop.Money(a).ToString();
        var since = ShopText.Day(variant.PriceSince); // the shop's day, in the page's language
        if (compareAt is not { } was || was <= price)
            return PriceHistory.LowestIfLoweredAt(history, now) is { } lowest
                ? ShopText.Translate("No reduction is announced. Lowered today and given a was price, the price would show against {0}, the lowest price of the last 30 days.", Amount(lowest))
                : ShopText.Translate("No reduction is announced.");
        if (Reduction.Struck(ReductionRule.LowestIn30Days, price, was, variant.LowestPriorPrice) is { } struck)
            return ShopText.Translate("Shoppers see {0} struck through as the lowest price in the 30 days before {1} began on {2}, not the was price typed.", Amount(struck), Amount(price), since);
        return variant.LowestPriorPrice is { } prior
            ? ShopText.Translate("No reduction shows: the price was {0} within the 30 days before {1} began on {2}, so it is not below the lowest prior price.", Amount(prior), Amount(price), since)
            : ShopText.Translate("No reduction shows: {0} is the first price, so there is no earlier price to measure a reduction against.", Amount(price));
    }
}
