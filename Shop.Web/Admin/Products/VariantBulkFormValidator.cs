using FluentValidation;
using Microsoft.Extensions.Options;
using Shop.Domain.Catalog;

namespace Shop.Web.Admin.Products;

/// <summary>The bulk change's rules: only what the pressed button needs is checked.</summary>
public sealed class VariantBulkFormValidator : AbstractValidator<VariantBulkForm>
{
    public VariantBulkFormValidator(IOptions<ShopOptions> options)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Change).Must(c => c is VariantBulkForm.SetPrice or VariantBulkForm.AddStock).WithMessage("Choose what to change.");
        RuleFor(x => x.Scope).Must(s => s is VariantBulkForm.All or VariantBulkForm.Chosen).WithMessage("Choose all variants or the selected ones.");
        RuleFor(x => x.Selected).NotEmpty().WithMessage("Select at least one variant in the grid, or choose all variants.")
            .When(x => x.Scope == VariantBulkForm.Chosen);
        When(x => x.Change == VariantBulkForm.SetPrice, () =>
            RuleFor(x => x.NewPrice).NotNull().WithMessage("Enter the price.")
                .GreaterThan(0m).WithMessage("The price must be above zero.")
                .LessThanOrEqualTo(ProductFormValidator.MaxPrice).WithMessage("The price must be at most 1,000,000.")
                .InShopCurrency(options.Value));
        When(x => x.Change == VariantBulkForm.AddStock, () =>
        {
            RuleFor(x => x.Units).NotNull().WithMessage("Enter how many units to add to each variant.")
                .NotEqual(0).WithMessage("Enter a number other than zero.")
                .InclusiveBetween(-ProductVariant.MaxStock, ProductVariant.MaxStock).WithMessage("Add at most 1,000,000 units at a time.");
            RuleFor(x => x.Reason).Must(r => r is StockMovementReason.Received or StockMovementReason.Correction)
                .WithMessage("Choose Received or Correction.");
            RuleFor(x => x.Units).GreaterThan(0).WithMessage("Received stock adds units: enter a positive number.")
                .When(x => x.Reason == StockMovementReason.Received && x.Units is not null and not 0);
        });
    }
}
