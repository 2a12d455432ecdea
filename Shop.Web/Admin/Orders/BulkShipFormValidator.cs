using FluentValidation;
using Shop.Domain.Ordering;
using Shop.Web.Orders;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Orders;

public sealed class BulkShipFormValidator : AbstractValidator<BulkShipForm>
{
    public BulkShipFormValidator(Carriers carriers)
    {
        RuleFor(x => x.Selected).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Tick the orders to mark shipped.")
            .Must(s => s.Count <= BulkShipForm.Most).WithMessage(_ => ShopText.Translate("Ship at most {0} orders at once.", BulkShipForm.Most));
        RuleFor(x => x).Custom((form, context) =>
        {
            var missing = form.Selected.Where(n => string.IsNullOrWhiteSpace(form.TrackingOf(n))).ToList();
            if (missing.Count > 0) context.AddFailure("Tracking", ShopText.Translate("Enter a tracking number for {0}.", string.Join(", ", missing)));
            var tooLong = form.Selected.Where(n => form.TrackingOf(n) is { Length: > TrackingNumber.MaxLength }).ToList();
            if (tooLong.Count > 0) context.AddFailure("Tracking", ShopText.Translate("A tracking number has at most {0} characters ({1}).", TrackingNumber.MaxLength, string.Join(", ", tooLong)));
            var broken = form.Selected.Where(n => !TrackingNumber.IsOneLine(form.TrackingOf(n))).ToList();
            if (broken.Count > 0) context.AddFailure("Tracking", $"{ShopText.Translate(TrackingNumber.NotOneLine).TrimEnd('.')} ({string.Join(", ", broken)}).");
        });
        RuleFor(x => x.Carrier).OneOfTheShops(carriers);
    }
}
