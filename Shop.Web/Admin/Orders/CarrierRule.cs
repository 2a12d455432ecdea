using FluentValidation;
using Shop.Web.Orders;

namespace Shop.Web.Admin.Orders;

/// <summary>The carrier a ship form names is empty ("Other") or one of the shop's.</summary>
public static class CarrierRule
{
    public static IRuleBuilderOptions<T, string?> OneOfTheShops<T>(this IRuleBuilder<T, string?> rule, Carriers carriers) =>
        rule.Must(c => string.IsNullOrWhiteSpace(c) || carriers.IsKnown(c)).WithMessage("Choose one of the shop's carriers.");
}
