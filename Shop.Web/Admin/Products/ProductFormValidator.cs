using FluentValidation;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using Shop.Web.Data;
using Shop.Domain.Catalog;

namespace Shop.Web.Admin.Products;

/// <summary>The product form's rules; SKU and slug must be free, which only the database knows (async).</summary>
public sealed class ProductFormValidator : AbstractValidator<ProductForm>
{
    public const decimal MaxPrice = Product.MaxPrice;

    public ProductFormValidator(ShopDbContext db, IOptions<ShopOptions> options)
    {
        // One message per field: a missing SKU is not also reported as taken.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the product's name.")
            .MaximumLength(200).WithMessage("Keep the name to 200 characters or fewer.");
        // Not NotEmpty(): that would be required in the browser too, and an empty slug is made from the name (ProductForm.WriteSlug).
        RuleFor(x => x.Slug).Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage("Enter the product's web address name (slug).")
            .Must(s => Domain.Catalog.Slug.IsValid(s)).WithMessage("Use lowercase letters, digits and single hyphens, such as walnut-desk-lamp.")
            .MustAsync(async (form, slug, ct) => !await db.Products.AnyAsync(p => p.Slug == slug && p.Id != (form.Id ?? 0), ct))
            .WithMessage("Another product already uses this slug.");
        RuleFor(x => x.Sku).NotEmpty().WithMessage("Enter the SKU.")
            .MaximumLength(40).WithMessage("Keep the SKU to 40 characters or fewer.")
            .Matches("^[A-Za-z0-9][A-Za-z0-9-]*$").WithMessage("A SKU holds letters, digits and hyphens, such as LAMP-001.")
            .MustAsync(async (form, sku, ct) =>
            {
                var upper = sku!.Trim().ToUpperInvariant();
                var id = form.Id ?? 0;
                return !await db.Products.AnyAsync(p => p.Sku == upper && p.Id != id, ct)
                       && !await db.Variants.AnyAsync(v => v.Sku == upper && v.ProductId != id, ct);
            })
            .WithMessage("Another product already has this SKU.");
        RuleFor(x => x.Description).MaximumLength(4000).WithMessage("Keep the description to 4000 characters or fewer.");
        RuleFor(x => x.Price).NotNull().WithMessage("Enter a price.")
            .GreaterThan(0m).WithMessage("The price must be above zero.")
            .LessThanOrEqualTo(MaxPrice).WithMessage("The price must be at most 1,000,000.")
            .InShopCurrency(options.Value);
        RuleFor(x => x.CompareAtPrice)
            .GreaterThan(x => x.Price ?? 0m).WithMessage("The compare-at (\"was\") price must be above the price, or left empty.")
            .LessThanOrEqualTo(MaxPrice).WithMessage("The compare-at price must be at most 1,000,000.")
            .InShopCurrency(options.Value)
            .When(x => x.CompareAtPrice is not null);
        RuleFor(x => x.TaxClass).IsInEnum().WithMessage("Choose a tax class from the list.");
        RuleFor(x => x.WeightGrams).InclusiveBetween(0, ProductVariant.MaxWeightGrams)
            .WithMessage(_ => Languages.ShopText.Translate("A weight is between 0 and {0} grams.", ProductVariant.MaxWeightGrams)).When(x => x.WeightGrams is not null);
        RuleFor(x => x.Content).Must(NetContent.IsReadable).WithMessage(NetContent.Refusal);
        RuleFor(x => x.Brand).MaximumLength(Product.BrandMax).WithMessage("Keep the brand to {MaxLength} characters or fewer.");
        RuleFor(x => x.InitialStock)
            .GreaterThanOrEqualTo(0).WithMessage("Stock cannot be negative.")
            .LessThanOrEqualTo(ProductVariant.MaxStock).WithMessage("Stock must be at most 1,000,000.")
            .When(x => x.IsNew);
        RuleFor(x => x.CategoryId).NotNull().WithMessage("Choose a category.")
            .MustAsync(async (id, ct) => await db.Categories.AnyAsync(c => c.Id == id, ct)).WithMessage("Choose a category from the list.");
    }
}
