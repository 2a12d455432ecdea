using FluentValidation;
using Shop.Domain;

namespace Shop.Web.Admin;

/// <summary>An amount staff type in the shop's currency: no more decimals than the currency has (a yen has none).</summary>
public static class AmountRule
{
    /// <summary>Amounts are stored with 15 digits before the point (<c>MoneyMapping</c>): anything from here on cannot be kept.</summary>
    public const decimal Ceiling = 1_000_000_000_000_000m;

    public static IRuleBuilderOptions<T, decimal?> InShopCurrency<T>(this IRuleBuilder<T, decimal?> rule, ShopOptions shop) =>
        rule.Must(a => a is not { } v || Math.Abs(v) < Ceiling).WithMessage("That amount is far too large.")
            .Must(a => a is not { } v || CurrencyDigits.Fits(v, shop.CurrencyCode)).WithMessage(CurrencyDigits.TooManyDecimals(shop.CurrencyCode));
}
