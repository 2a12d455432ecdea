using FluentValidation;
using Shop.Domain.Catalog;

namespace Shop.Web.Admin.Categories;

public sealed class CategoryTranslationFormValidator : AbstractValidator<CategoryTranslationForm>
{
    public CategoryTranslationFormValidator()
    {
        RuleFor(x => x.Name).MaximumLength(CategoryTranslation.NameMax).WithMessage("Use at most {MaxLength} characters for the name.");
        RuleFor(x => x.Description).MaximumLength(CategoryTranslation.DescriptionMax).WithMessage("Use at most {MaxLength} characters for the description.");
        RuleFor(x => x.Name).NotEmpty().When(x => !string.IsNullOrWhiteSpace(x.Description))
            .WithMessage("Give the name too, or clear both to remove the translation.");
    }
}
