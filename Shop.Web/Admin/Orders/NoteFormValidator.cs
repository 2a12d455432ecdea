using FluentValidation;
using Shop.Domain.Ordering;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Orders;

public sealed class NoteFormValidator : AbstractValidator<NoteForm>
{
    public NoteFormValidator()
    {
        RuleFor(x => x.Text).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Write the note.")
            .Must(t => t!.Trim().Length > 0).WithMessage("Write the note.")
            .Must(t => t!.Trim().Length <= Order.StaffNoteLength).WithMessage(_ => ShopText.Translate("A note has at most {0} characters.", Order.StaffNoteLength));
    }
}
