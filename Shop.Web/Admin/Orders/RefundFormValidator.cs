using FluentValidation;

namespace Shop.Web.Admin.Orders;

public sealed class RefundFormValidator : AbstractValidator<RefundForm>
{
    public RefundFormValidator()
    {
        RuleFor(x => x.Amount).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Enter the amount to refund.")
            .GreaterThan(0m).WithMessage("Enter an amount above zero.")
            .Must(a => decimal.Round(a!.Value, 2) == a.Value).WithMessage("Enter the amount in whole cents.")
            .LessThan(10_000_000m).WithMessage("That amount is far more than any order.");
    }
}
