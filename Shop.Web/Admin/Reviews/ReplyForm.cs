using FluentValidation;
using Shop.Domain.Reviews;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Reviews;

/// <summary>The shop's public answer to a review; empty removes it.</summary>
public sealed class ReplyForm
{
    public string? Reply { get; set; }
}

public sealed class ReplyFormValidator : AbstractValidator<ReplyForm>
{
    public ReplyFormValidator() =>
        RuleFor(x => x.Reply).Must(r => ProductReview.ReplyLength(r) <= ProductReview.ReplyMax)
            .WithMessage(_ => ShopText.Translate("Keep the reply to {0} characters.", ProductReview.ReplyMax));
}
