using FluentValidation;
using Shop.Domain.Markets;

namespace Shop.Web.Admin.Markets;

public sealed class ShippingZoneFormValidator : AbstractValidator<ShippingZoneForm>
{
    public ShippingZoneFormValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Name the zone, e.g. Germany.").MaximumLength(ShippingZone.NameMax);
        RuleFor(x => x.Countries).NotEmpty().WithMessage("List the zone's countries, e.g. DE or FR, NL.").MaximumLength(ZoneArea.TextMax);
        RuleFor(x => x.Regions).MaximumLength(ZoneArea.TextMax);
    }
}
