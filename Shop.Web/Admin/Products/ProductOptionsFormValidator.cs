using FluentValidation;
using Shop.Domain.Catalog;

namespace Shop.Web.Admin.Products;

/// <summary>The options editor's rules, said next to the row they are about; the product checks them again.</summary>
public sealed class ProductOptionsFormValidator : AbstractValidator<ProductOptionsForm>
{
    public ProductOptionsFormValidator()
    {
        RuleFor(x => x.Rows).Must(o => o.Count <= Product.MaxOptions).WithMessage($"A product has at most {Product.MaxOptions} options.");
        RuleForEach(x => x.Rows).ChildRules(row =>
        {
            row.RuleLevelCascadeMode = CascadeMode.Stop;
            row.RuleFor(o => o.Name).NotEmpty().WithMessage("Name this option, such as Size or Colour.")
                .When(o => o.ValueList().Count > 0);
            row.RuleFor(o => o.Name).MaximumLength(ProductOption.MaxNameLength)
                .WithMessage($"Keep the option's name to {ProductOption.MaxNameLength} characters or fewer.");
            row.RuleFor(o => o.Values).Must(v => false).WithMessage(o => $"List the values of {o.Name!.Trim()}, separated by commas.")
                .When(o => !string.IsNullOrWhiteSpace(o.Name) && o.ValueList().Count == 0);
            row.RuleFor(o => o.Values)
                .Must(v => !Split(v).Any(x => x.Length > ProductOption.MaxValueLength))
                .WithMessage($"Keep each value to {ProductOption.MaxValueLength} characters or fewer.")
                .Must(v => Split(v).Count <= ProductOption.MaxValues)
                .WithMessage($"An option has at most {ProductOption.MaxValues} values.")
                .Must(v => Twice(v) is null)
                .WithMessage(o => $"{Twice(o.Values)} is listed twice.");
        });
        RuleFor(x => x).Must(f => DuplicateName(f) is null).OverridePropertyName("Rows")
            .WithMessage(f => $"Two options are called {DuplicateName(f)}.");
        RuleFor(x => x).Must(f => Combinations(f) <= Product.MaxVariants).OverridePropertyName("Rows")
            .WithMessage(f => $"These options make {Combinations(f)} variants; a product has at most {Product.MaxVariants}.");
    }

    private static IReadOnlyList<string> Split(string? values) => new OptionRow { Values = values }.ValueList();

    private static string? Twice(string? values) =>
        Split(values).GroupBy(v => v, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1)?.Key;

    private static string? DuplicateName(ProductOptionsForm f) =>
        f.Defined().GroupBy(o => o.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Key.Length > 0 && g.Count() > 1)?.Key;

    private static long Combinations(ProductOptionsForm f) =>
        f.Defined().Aggregate(1L, (n, o) => Math.Min(n * Math.Max(1, o.Values.Count), 1_000_000));
}
