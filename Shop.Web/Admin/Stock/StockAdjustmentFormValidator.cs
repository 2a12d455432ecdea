using FluentValidation;
using Shop.Domain.Catalog;

namespace Shop.Web.Admin.Stock;

/// <summary>The form's own rules; whether enough stock is left to remove is decided against the database.</summary>
public sealed class StockAdjustmentFormValidator : AbstractValidator<StockAdjustmentForm>
{
    public StockAdjustmentFormValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Delta).NotNull().WithMessage("Enter how many units: positive to add, negative to remove.")
            .NotEqual(0).WithMessage("Enter a number other than zero.")
            .InclusiveBetween(-1_000_000, 1_000_000).WithMessage("Adjust by at most 1,000,000 units at a time.");
        RuleFor(x => x.Reason).NotNull().WithMessage("Choose why the stock changes.")
            .IsInEnum().WithMessage("Choose why the stock changes.")
            .NotEqual(StockMovementReason.Returned).WithMessage("Returned items go back on the shelf from their return, not by hand.");
        RuleFor(x => x.Delta).GreaterThan(0).WithMessage("Received stock adds units: enter a positive number.")
            .When(x => x.Reason == StockMovementReason.Received && x.Delta is not null and not 0);
        RuleFor(x => x.Delta).LessThan(0).WithMessage("Damaged stock removes units: enter a negative number.")
            .When(x => x.Reason == StockMovementReason.Damaged && x.Delta is not null and not 0);
        RuleFor(x => x.Note).MaximumLength(StockMovement.MaxNoteLength).WithMessage("Keep the note to 500 characters or fewer.");
    }
}
