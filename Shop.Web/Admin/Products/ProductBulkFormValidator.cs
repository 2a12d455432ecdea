using FluentValidation;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Web.Data;

namespace Shop.Web.Admin.Products;

public sealed class ProductBulkFormValidator : AbstractValidator<ProductBulkForm>
{
    public const int MaxSelected = 500;

    public ProductBulkFormValidator(ShopDbContext db, IOptions<ShopOptions> options)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Selected).NotEmpty().WithMessage("Tick at least one product.")
            .Must(s => s.Count <= MaxSelected).WithMessage(_ => Languages.ShopText.Translate("Change at most {0} products at once.", MaxSelected));
        RuleFor(x => x.Action).Must(a => ProductBulkForm.Actions.Contains(a ?? "")).WithMessage("Choose what to do with the ticked products.");
        When(x => x.Action == ProductBulkForm.Move, () =>
            RuleFor(x => x.CategoryId).NotNull().WithMessage("Choose the category to move them to.")
                .MustAsync(async (id, ct) => await db.Categories.AnyAsync(c => c.Id == id, ct)).WithMessage("Choose a category from the list."));
        When(x => x.ChangesPricesBy, () =>
        {
            RuleFor(x => x.PriceBy).Must(b => b is "percent" or "amount").WithMessage("Choose percent or amount.");
            RuleFor(x => x.Change).NotNull().WithMessage("Enter by how much (negative to lower).")
                .PrecisionScale(18, 2, ignoreTrailingZeros: true).WithMessage("Use at most two decimals.")
                .When(x => x.PriceBy == "percent");
            RuleFor(x => x.Change).NotNull().WithMessage("Enter by how much (negative to lower).")
                .InShopCurrency(options.Value)
                .When(x => x.PriceBy != "percent");
            RuleFor(x => x.Change).LessThan(0m).WithMessage(Product.SaleMustLower).When(x => x.Action == ProductBulkForm.Sale);
        });
    }
}
