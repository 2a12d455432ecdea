using FluentValidation;
using Shop.Domain.Reviews;

namespace Shop.Web.Reviews;

public sealed class ReviewFormValidator : AbstractValidator<ReviewForm>
{
    public ReviewFormValidator()
    {
        RuleFor(x => x.Stars).NotNull().WithMessage("Choose from 1 to 5 stars.")
            .InclusiveBetween(ProductReview.MinStars, ProductReview.MaxStars).WithMessage("Choose from 1 to 5 stars.");
        RuleFor(x => x.Text).MaximumLength(ProductReview.TextMax)
            .WithMessage("Keep your review to {MaxLength} characters.");
    }
}
