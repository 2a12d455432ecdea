using FluentValidation;
using Shop.Domain.Catalog;

namespace Shop.Web.Admin.Products;

public sealed class OptionWordsFormValidator : AbstractValidator<OptionWordsForm>
{
    public OptionWordsFormValidator()
    {
        RuleForEach(x => x.Words).ChildRules(word =>
        {
            word.RuleFor(w => w.Word).NotEmpty().MaximumLength(OptionWordTranslation.WordMax);
            word.RuleForEach(w => w.Texts).ChildRules(text =>
                text.RuleFor(t => t.Translation).MaximumLength(OptionWordTranslation.TranslationMax)
                    .WithMessage("Use at most {MaxLength} characters: it takes the word's place on the product page, the cart and the invoice."));
        });
    }
}
