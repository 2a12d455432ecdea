using FluentValidation;
using Shop.Domain.Ordering;
using Shop.Web.Orders;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Orders;

public sealed class ShipFormValidator : AbstractValidator<ShipForm>
{
    public ShipFormValidator(Carriers carriers)
    {
        RuleFor(x => x.TrackingNumber).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter the carrier's tracking number.")
            .Must(t => t!.Trim().Length <= TrackingNumber.MaxLength).WithMessage(_ => ShopText.Translate("A tracking number has at most {0} characters.", TrackingNumber.MaxLength))
            .Must(TrackingNumber.IsOneLine).WithMessage(TrackingNumber.NotOneLine);
        RuleFor(x => x.Carrier).OneOfTheShops(carriers);
    }
}
