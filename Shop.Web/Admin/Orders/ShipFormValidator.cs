using FluentValidation;
using Shop.Web.Orders;

namespace Shop.Web.Admin.Orders;

public sealed class ShipFormValidator : AbstractValidator<ShipForm>
{
    public ShipFormValidator(Carriers carriers)
    {
        RuleFor(x => x.TrackingNumber).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter the carrier's tracking number.")
            .Must(t => t!.Trim().Length <= 100).WithMessage("A tracking number has at most 100 characters.");
        RuleFor(x => x.Carrier).OneOfTheShops(carriers);
    }
}
