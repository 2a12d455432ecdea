using FluentValidation;
using Shop.Domain;
using Shop.Web.Languages;

namespace Shop.Web.Admin;

/// <summary>An amount staff type in the shop's currency: no more decimals than the currency has (a yen has none).</summary>
public static class AmountRule
{
    /// <summary>Amounts are stored with 15 digits before the point (<c>MoneyMapping</c>): anything from here on cannot be kept.</summary>
    public const decimal Ceiling = 1_000_000_000_000_000m;

    public static IRuleBuilderOptions<T, decimal?> InShopCurrency<T>(this IRuleBuilder<T, decimal?> rule, ShopOptions shop) =>
        rule.Must(a => a is not { } v || Math.Abs(v) < Ceiling).WithMessage("That amount is far too large.")
            .Must(a => a is not { } v || CurrencyDigits.Fits(v, shop.CurrencyCode)).WithMessage(_ => TooManyDecimals(shop.CurrencyCode));

    /// <summary><see cref="CurrencyDigits.TooManyDecimals"/> in the page's language.</summary>
    private static string TooManyDecimals(string currency) => CurrencyDigits.Of(currency) switch
    {
        0 => ShopText.Translate("Amounts in {0} have no decimals.", currency),
        2 => ShopText.Translate("Use at most two decimals."),
        var d => ShopText.Translate("Use at most {0} decimals.", d),
    };
}
