using FluentValidation;
using Shop.Web.Content;

namespace Shop.Web.Admin.Content;

public sealed class ContentPageFormValidator : AbstractValidator<ContentPageForm>
{
    public ContentPageFormValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("Give the page a title.").MaximumLength(ContentPage.TitleMax);
        RuleFor(x => x.Markdown).NotEmpty().WithMessage("Write the page's text.").MaximumLength(ContentPage.MarkdownMax);
    }
}
