using FluentValidation;
using Microsoft.Extensions.Options;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Orders;

public sealed class RefundFormValidator : AbstractValidator<RefundForm>
{
    public RefundFormValidator(IOptions<ShopOptions> options)
    {
        RuleFor(x => x.Amount).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Enter the amount to refund.")
            .GreaterThan(0m).WithMessage("Enter an amount above zero.")
            .InShopCurrency(options.Value)
            .LessThan(10_000_000m).WithMessage("That amount is far more than any order.");
        RuleFor(x => x.RefundReason).MaximumLength(Shop.Domain.Ordering.OrderRefund.ReasonMax)
            .WithMessage(_ => ShopText.Translate("Write the reason in at most {0} characters.", Shop.Domain.Ordering.OrderRefund.ReasonMax));
    }
}
