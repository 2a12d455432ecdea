using FluentValidation;
using Microsoft.Extensions.Options;
using Shop.Domain.Markets;

namespace Shop.Web.Admin.Markets;

public sealed class ZoneMethodFormValidator : AbstractValidator<ZoneMethodForm>
{
    public ZoneMethodFormValidator(IOptions<ShopOptions> options)
    {
        RuleFor(x => x.Kind).IsInEnum();
        When(x => x.Offered, () =>
        {
            RuleFor(x => x.Name).NotEmpty().WithMessage("Name the method, e.g. DHL Paket.").MaximumLength(ZoneMethod.NameMax);
            RuleFor(x => x.Basis).IsInEnum().WithMessage("Price by order value or by weight.");
            RuleFor(x => x.Bands).NotEmpty().WithMessage("Enter the price bands, e.g. 0=4.95; 2000=6.95.").MaximumLength(PriceBands.TextMax);
            RuleFor(x => x.FreeFrom).GreaterThanOrEqualTo(0m).WithMessage("Free shipping starts at 0 or more.").InShopCurrency(options.Value);
            RuleFor(x => x.Days).NotNull().WithMessage("Enter the delivery time in working days.")
                .InclusiveBetween(1, 60).WithMessage("Delivery takes 1 to 60 working days.");
        });
    }
}
