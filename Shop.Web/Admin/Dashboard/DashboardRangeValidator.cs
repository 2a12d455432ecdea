using FluentValidation;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Dashboard;

public sealed class DashboardRangeValidator : AbstractValidator<DashboardRange>
{
    public const string UnknownRange = "Choose today, 7 days, 30 days, this month or custom.";
    public const string BothDays = "A custom range needs both a from day and a to day.";
    public const string FromAfterTo = "The from day must be on or before the to day.";
    public const string InTheFuture = "The to day cannot be after today.";
    public static readonly string TooLong = $"Choose at most {DashboardRange.MaxDays} days.";
    public const string TooEarly = "The from day must be in the year 2000 or later.";
    /// <summary>The earliest day a range may start: before any shop sold anything, and far from the calendar's start.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public DashboardRangeValidator(TimeProvider clock)
    {
        RuleFor(r => r.Chosen).Must(c => DashboardRange.Choices.Any(x => x.Value == c)).WithMessage(UnknownRange).OverridePropertyName(nameof(DashboardRange.Range));
        When(r => r.Chosen == DashboardRange.Custom, () =>
        {
            RuleFor(r => r.From).NotNull().WithMessage(BothDays);
            RuleFor(r => r.To).NotNull().WithMessage(BothDays);
            When(r => r.From is not null && r.To is not null, () =>
            {
                RuleFor(r => r.From).Must((r, from) => from <= r.To).WithMessage(FromAfterTo);
                RuleFor(r => r.From).Must(from => from >= Earliest).WithMessage(TooEarly);
                RuleFor(r => r.To).Must(to => to <= ShopTime.DayOf(clock.GetUtcNow())).WithMessage(InTheFuture);
                RuleFor(r => r.From).Must((r, from) => r.To!.Value.DayNumber - from!.Value.DayNumber < DashboardRange.MaxDays)
                    .WithMessage(TooLong).When(r => r.From <= r.To);
            });
        });
    }
}
