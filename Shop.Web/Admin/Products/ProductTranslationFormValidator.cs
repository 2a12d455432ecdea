using FluentValidation;
using Shop.Domain.Catalog;

namespace Shop.Web.Admin.Products;

public sealed class ProductTranslationFormValidator : AbstractValidator<ProductTranslationForm>
{
    public ProductTranslationFormValidator()
    {
        RuleFor(x => x.Name).MaximumLength(ProductTranslation.NameMax).WithMessage("Use at most {MaxLength} characters for the name.");
        RuleFor(x => x.Description).MaximumLength(ProductTranslation.DescriptionMax).WithMessage("Use at most {MaxLength} characters for the description.");
        RuleFor(x => x.Name).NotEmpty().When(x => !string.IsNullOrWhiteSpace(x.Description))
            .WithMessage("Give the name too, or clear both to remove the translation.");
        RuleFor(x => x.Name).NotEmpty().When(x => string.IsNullOrWhiteSpace(x.Description) && x.Pictures.Any(p => !string.IsNullOrWhiteSpace(p.Text)))
            .WithMessage("Give the name too, or clear the picture descriptions to remove the translation.");
        RuleForEach(x => x.Pictures).ChildRules(p => p.RuleFor(x => x.Text).MaximumLength(ProductImage.MaxAltTextLength)
            .WithMessage("Keep the description to {MaxLength} characters or fewer."));
    }
}
