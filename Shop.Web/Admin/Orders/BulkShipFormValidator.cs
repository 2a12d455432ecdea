using FluentValidation;
using Shop.Web.Orders;

namespace Shop.Web.Admin.Orders;

public sealed class BulkShipFormValidator : AbstractValidator<BulkShipForm>
{
    public BulkShipFormValidator(Carriers carriers)
    {
        RuleFor(x => x.Selected).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Tick the orders to mark shipped.")
            .Must(s => s.Count <= BulkShipForm.Most).WithMessage($"Ship at most {BulkShipForm.Most} orders at once.");
        RuleFor(x => x).Custom((form, context) =>
        {
            var missing = form.Selected.Where(n => string.IsNullOrWhiteSpace(form.TrackingOf(n))).ToList();
            if (missing.Count > 0) context.AddFailure("Tracking", $"Enter a tracking number for {string.Join(", ", missing)}.");
            var tooLong = form.Selected.Where(n => form.TrackingOf(n) is { Length: > 100 }).ToList();
            if (tooLong.Count > 0) context.AddFailure("Tracking", $"A tracking number has at most 100 characters ({string.Join(", ", tooLong)}).");
        });
        RuleFor(x => x.Carrier).OneOfTheShops(carriers);
    }
}
