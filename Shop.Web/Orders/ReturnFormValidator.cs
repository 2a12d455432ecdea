using FluentValidation;
using Shop.Domain.Ordering;

namespace Shop.Web.Orders;

/// <summary>Shapes only; the return rules (window, quantities left) are <see cref="ReturnRequest.Ask"/>'s.</summary>
public sealed class ReturnFormValidator : AbstractValidator<ReturnForm>
{
    public ReturnFormValidator()
    {
        RuleFor(x => x.Lines).Must(l => l.Count <= 200).WithMessage("That is more lines than an order has.");
        RuleFor(x => x.Lines).Must(l => l.Any(x => x.Quantity > 0)).WithMessage("Choose at least one item to return.");
        RuleForEach(x => x.Lines).ChildRules(line =>
        {
            line.RuleFor(x => x.Quantity).InclusiveBetween(0, 10_000).WithMessage("Enter how many of this item go back.");
            line.RuleFor(x => x.Reason).NotEmpty().WithMessage("Say why this item goes back.").When(x => x.Quantity > 0);
            line.RuleFor(x => x.Reason).MaximumLength(ReturnLine.ReasonLength).WithMessage("Keep the reason to 200 characters or fewer.");
        });
    }
}
