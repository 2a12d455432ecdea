using FluentValidation;
using Shop.Domain.Catalog;

namespace Shop.Web.Admin.Products;

/// <summary>The options editor's rules, said next to the row they are about; the product checks them again.</summary>
public sealed class ProductOptionsFormValidator : AbstractValidator<ProductOptionsForm>
{
    public ProductOptionsFormValidator()
    {
        RuleFor(x => x.Rows).Must(o => o.Count <= Product.MaxOptions).WithMessage(_ => Languages.ShopText.Translate("A product has at most {0} options.", Product.MaxOptions));
        RuleForEach(x => x.Rows).ChildRules(row =>
        {
            row.RuleLevelCascadeMode = CascadeMode.Stop;
            row.RuleFor(o => o.Name).NotEmpty().WithMessage("Name this option, such as Size or Colour.")
                .When(o => o.ValueList().Count > 0);
            row.RuleFor(o => o.Name).MaximumLength(ProductOption.MaxNameLength)
                .WithMessage("Keep the option's name to {MaxLength} characters or fewer.");
            row.RuleFor(o => o.Values).Must(v => false).WithMessage(o => Languages.ShopText.Translate("List the values of {0}, separated by commas.", o.Name!.Trim()))
                .When(o => !string.IsNullOrWhiteSpace(o.Name) && o.ValueList().Count == 0);
            row.RuleFor(o => o.Values)
                .Must(v => !Split(v).Any(x => x.Length > ProductOption.MaxValueLength))
                .WithMessage(_ => Languages.ShopText.Translate("Keep each value to {0} characters or fewer.", ProductOption.MaxValueLength))
                .Must(v => Split(v).Count <= ProductOption.MaxValues)
                .WithMessage(_ => Languages.ShopText.Translate("An option has at most {0} values.", ProductOption.MaxValues))
                .Must(v => Twice(v) is null)
                .WithMessage(o => Languages.ShopText.Translate("{0} is listed twice.", Twice(o.Values)!));
        });
        RuleFor(x => x).Must(f => DuplicateName(f) is null).OverridePropertyName("Rows")
            .WithMessage(f => Languages.ShopText.Translate("Two options are called {0}.", DuplicateName(f)!));
        RuleFor(x => x).Must(f => Combinations(f) <= Product.MaxVariants).OverridePropertyName("Rows")
            .WithMessage(f => Languages.ShopText.Translate("These options make {0} variants; a product has at most {1}.", Combinations(f), Product.MaxVariants));
    }

    private static IReadOnlyList<string> Split(string? values) => new OptionRow { Values = values }.ValueList();

    private static string? Twice(string? values) =>
        Split(values).GroupBy(v => v, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1)?.Key;

    private static string? DuplicateName(ProductOptionsForm f) =>
        f.Defined().GroupBy(o => o.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Key.Length > 0 && g.Count() > 1)?.Key;

    private static long Combinations(ProductOptionsForm f) =>
        f.Defined().Aggregate(1L, (n, o) => Math.Min(n * Math.Max(1, o.Values.Count), 1_000_000));
}
