using FluentValidation;
using Shop.Domain.Markets;

namespace Shop.Web.Admin.Markets;

public sealed class TaxZoneFormValidator : AbstractValidator<TaxZoneForm>
{
    public const string TooPrecise = "Give the rate with at most three decimals, such as 8.875.";

    /// <summary>What the rate columns keep exactly (a percent of three decimals is a rate of five).</summary>
    private static bool HaveThreeDecimalsAtMost(decimal? percent) => percent is not { } p || decimal.Round(p, 3) == p;

    public TaxZoneFormValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Name the zone, e.g. Germany.").MaximumLength(TaxZone.NameMax);
        RuleFor(x => x.TaxName).NotEmpty().WithMessage("Name the tax, e.g. VAT or Sales tax.").MaximumLength(TaxZone.TaxNameMax);
        RuleFor(x => x.Countries).NotEmpty().WithMessage("List the zone's countries, e.g. DE or FR, NL.").MaximumLength(ZoneArea.TextMax);
        RuleFor(x => x.Regions).MaximumLength(ZoneArea.TextMax);
        RuleFor(x => x.StandardPercent).NotNull().WithMessage("Enter the standard rate in percent, e.g. 19.")
            .InclusiveBetween(0m, 99.999m).WithMessage("A rate is between 0 and 99.999 percent.")
            .Must(HaveThreeDecimalsAtMost).WithMessage(TooPrecise);
        RuleFor(x => x.ReducedPercent).InclusiveBetween(0m, 99.999m).WithMessage("A rate is between 0 and 99.999 percent.")
            .Must(HaveThreeDecimalsAtMost).WithMessage(TooPrecise);
    }
}
