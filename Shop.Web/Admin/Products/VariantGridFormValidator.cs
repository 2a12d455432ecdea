using FluentValidation;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Web.Data;

namespace Shop.Web.Admin.Products;

/// <summary>
/// The variant grid's rules, each said in its row: a SKU and a GTIN no other variant of any product has, prices above zero.
/// The whole grid is refused on any problem.
/// </summary>
public sealed class VariantGridFormValidator : AbstractValidator<VariantGridForm>
{
    public VariantGridFormValidator(ShopDbContext db, IOptions<ShopOptions> options)
    {
        var shop = options.Value;
        RuleFor(x => x.Variants).NotEmpty().WithMessage("There are no variants to save.")
            .Must(v => v.Count <= Product.MaxVariants).WithMessage(_ => Languages.ShopText.Translate("A product has at most {0} variants.", Product.MaxVariants));
        RuleForEach(x => x.Variants).ChildRules(row =>
        {
            row.RuleLevelCascadeMode = CascadeMode.Stop;
            row.RuleFor(r => r.Sku).NotEmpty().WithMessage("Enter a SKU.")
                .MaximumLength(ProductVariant.MaxSkuLength).WithMessage("Keep the SKU to {MaxLength} characters or fewer.")
                .Matches("^\\s*[A-Za-z0-9][A-Za-z0-9-]*\\s*$").WithMessage("A SKU holds letters, digits and hyphens, such as TEE-M-BLUE.");
            row.RuleFor(r => r.Price).GreaterThan(0m).WithMessage("A price must be above zero (leave it empty for the product's price).")
                .LessThanOrEqualTo(ProductFormValidator.MaxPrice).WithMessage("A price must be at most 1,000,000.")
                .InShopCurrency(shop);
            row.RuleFor(r => r.CompareAtPrice).GreaterThan(0m).WithMessage("A compare-at price must be above zero, or left empty.")
                .LessThanOrEqualTo(ProductFormValidator.MaxPrice).WithMessage("A compare-at price must be at most 1,000,000.")
                .InShopCurrency(shop);
            row.RuleFor(r => r.WeightGrams).InclusiveBetween(0, ProductVariant.MaxWeightGrams)
                .WithMessage(_ => Languages.ShopText.Translate("A weight is between 0 and {0:N0} grams.", ProductVariant.MaxWeightGrams));
            row.RuleFor(r => r.Content).Must(NetContent.IsReadable).WithMessage(NetContent.Refusal);
            row.RuleFor(r => r.Gtin).Must(g => Gtin.Problem(g) is null).WithMessage(r => GtinProblem.Of(r.Gtin)!);
            row.RuleFor(r => r.NewStock).InclusiveBetween(0, ProductVariant.MaxStock)
                .WithMessage("Stock is a whole number from 0 to 1,000,000.");
        });
        RuleFor(x => x).CustomAsync(async (form, context, ct) =>
        {
            var skus = form.Variants.Select((r, i) => (Index: i, Sku: Normal(r.Sku))).Where(r => r.Sku.Length > 0).ToList();
            foreach (var (i, sku) in skus.Where(r => skus.Count(o => o.Sku == r.Sku) > 1))
                context.AddFailure($"Variants[{i}].Sku", Languages.ShopText.Translate("Two variants have this SKU."));
            var wanted = skus.Select(r => r.Sku).Distinct().ToList();
            var taken = (await db.Variants.Where(v => v.ProductId != form.ProductId && wanted.Contains(v.Sku)).Select(v => v.Sku).ToListAsync(ct))
                .Concat(await db.Products.Where(p => p.Id != form.ProductId && wanted.Contains(p.Sku)).Select(p => p.Sku).ToListAsync(ct))
                .ToHashSet();
            foreach (var (i, _) in skus.Where(r => taken.Contains(r.Sku)))
                context.AddFailure($"Variants[{i}].Sku", Languages.ShopText.Translate("Another product already has this SKU."));

            // Compared by key: a barcode typed with a leading zero more or less is the same barcode.
            var gtins = form.Variants.Select((r, i) => (Index: i, Gtin: Gtin.Problem(r.Gtin) is null ? Gtin.Normalize(r.Gtin) : null))
                .Where(r => r.Gtin is not null).Select(r => (r.Index, Key: Gtin.Key(r.Gtin!), Forms: Gtin.Forms(r.Gtin!))).ToList();
            foreach (var (i, _, _) in gtins.Where(r => gtins.Count(o => o.Key == r.Key) > 1))
                context.AddFailure($"Variants[{i}].Gtin", Languages.ShopText.Translate("Two variants have this GTIN: each barcode is one variant's."));
            List<string?> barcodes = [.. gtins.SelectMany(r => r.Forms).Distinct()];
            var elsewhere = (await db.Variants.Where(v => v.ProductId != form.ProductId && barcodes.Contains(v.Gtin)).Select(v => v.Gtin!).ToListAsync(ct))
                .Select(Gtin.Key).ToHashSet();
            foreach (var (i, _, _) in gtins.Where(r => elsewhere.Contains(r.Key)))
                context.AddFailure($"Variants[{i}].Gtin", Languages.ShopText.Translate("Another product already has this GTIN."));

            var price = await db.Products.Where(p => p.Id == form.ProductId).Select(p => (decimal?)p.Price).FirstOrDefaultAsync(ct);
            for (var i = 0; i < form.Variants.Count; i++)
                if (form.Variants[i] is { CompareAtPrice: { } was } r && (r.Price ?? price) is { } now && now > 0 && was <= now)
                    context.AddFailure($"Variants[{i}].CompareAtPrice", Languages.ShopText.Translate("The compare-at (\"was\") price must be above the price, or left empty."));
        }).When(x => x.Variants.Count is > 0 and <= Product.MaxVariants);
    }

    private static string Normal(string? sku) => (sku ?? "").Trim().ToUpperInvariant();
}
