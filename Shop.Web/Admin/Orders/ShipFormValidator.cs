using FluentValidation;

namespace Shop.Web.Admin.Orders;

public sealed class ShipFormValidator : AbstractValidator<ShipForm>
{
    public ShipFormValidator()
    {
        RuleFor(x => x.TrackingNumber).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter the carrier's tracking number.")
            .Must(t => t!.Trim().Length <= 100).WithMessage("A tracking number has at most 100 characters.");
    }
}
