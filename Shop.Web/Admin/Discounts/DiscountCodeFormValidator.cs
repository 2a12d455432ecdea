using FluentValidation;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Checkout;
using Shop.Web.Data;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Discounts;

/// <summary>
/// What the form must hold; the terms themselves (a percentage at most 100, an end after the start...) are
/// <see cref="DiscountCode"/>'s to judge (<see cref="DiscountCode.TermsRefused"/>), each refusal shown by its field.
/// </summary>
public sealed class DiscountCodeFormValidator : AbstractValidator<DiscountCodeForm>
{
    public DiscountCodeFormValidator(ShopDbContext db, IOptions<ShopOptions> options, TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        When(x => x.IsNew, () => RuleFor(x => x.Code).NotEmpty().WithMessage("Enter the code shoppers type.")
            .MaximumLength(DiscountCode.MaxCodeLength).WithMessage($"Keep the code to {DiscountCode.MaxCodeLength} characters or fewer.")
            .Matches("^ *[A-Za-z0-9_-]+ *$").WithMessage("A code holds letters, digits, - and _ only, such as SUMMER-10.")
            .MustAsync(async (code, ct) =>
            {
                var normalized = DiscountCode.Normalize(code);
                return !await db.DiscountCodes.AnyAsync(d => d.Code == normalized, ct);
            }).WithMessage("Another discount code is already called that."));
        RuleFor(x => x.Kind).NotNull().WithMessage("Choose percentage, fixed amount or free shipping.")
            .IsInEnum().WithMessage("Choose percentage, fixed amount or free shipping.");
        RuleFor(x => x.Value).NotNull().WithMessage("Enter how much the code takes off.").When(x => x.Kind != DiscountKind.FreeShipping);
        RuleFor(x => x.Value).PrecisionScale(18, 2, ignoreTrailingZeros: true).WithMessage("Use at most two decimals.")
            .When(x => x.Kind == DiscountKind.Percentage);
        RuleFor(x => x.Value).InShopCurrency(options.Value).When(x => x.Kind != DiscountKind.Percentage);
        RuleFor(x => x.MinimumSubtotal).InShopCurrency(options.Value);
        // The code's own terms, judged by the domain, each beside its field and all at once.
        RuleFor(x => x).Custom((form, context) =>
        {
            if (form.Kind is not { } kind || !Enum.IsDefined(kind)) return;
            if ((kind == DiscountKind.FreeShipping ? 0m : form.Value) is not { } value) return;
            foreach (var (term, message) in DiscountCode.TermsRefused(kind, value, form.MinimumSubtotal, DiscountCodeForm.Moment(form.StartsAt),
                         DiscountCodeForm.Moment(form.EndsAt), form.UsageLimit, form.UsesPerShopper))
                context.AddFailure(term, message);
        });
        // A code saved with an end already past is expired the moment it is made (a slip of the month or year): said
        // here, not by shoppers at checkout. An expired code whose end is left as it was can still be edited.
        RuleFor(x => x.EndsAt).MustAsync(async (form, endsAt, ct) =>
            DiscountCodeForm.Moment(endsAt) is not { } end || end > clock.GetUtcNow()
            || (form.Id is { } id && await db.DiscountCodes.AnyAsync(d => d.Id == id && d.EndsAt == end, ct)))
            .WithMessage(_ => ShopText.Translate("That end has passed already (it is {0} {1} now): shoppers could not use the code. Check the day, month and year.",
                ShopText.StaffStamp(clock.GetUtcNow()), ShopTime.Name));
        RuleFor(x => x.ProductIds).MustAsync(async (ids, ct) => ids.Count == 0 || await db.Products.CountAsync(p => ids.Contains(p.Id), ct) == ids.Distinct().Count())
            .WithMessage("Choose products from the list.");
        RuleFor(x => x.CategoryIds).MustAsync(async (ids, ct) => ids.Count == 0 || await db.Categories.CountAsync(c => ids.Contains(c.Id), ct) == ids.Distinct().Count())
            .WithMessage("Choose categories from the list.");
    }
}
