using FluentValidation;

namespace Shop.Web.Admin.Orders;

public sealed class CancelFormValidator : AbstractValidator<CancelForm>
{
    public CancelFormValidator()
    {
        RuleFor(x => x.Reason).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Say why the order is cancelled; the shopper sees it in their order's history.")
            .MaximumLength(300).WithMessage("Keep the reason to 300 characters or fewer.");
    }
}
