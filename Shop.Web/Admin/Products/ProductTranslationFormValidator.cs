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
    }
}
