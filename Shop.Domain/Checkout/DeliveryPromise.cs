namespace Shop.Domain.Checkout;

/// <summary>
/// How long delivery takes, in working days (Monday to Friday, not a holiday) after the order: the one promise the footer, the
/// checkout and the confirmation all state.
/// </summary>
public sealed record DeliveryPromise
{
    public int StandardDays { get; }
    public int ExpressDays { get; }

    public DeliveryPromise(int standardDays, int expressDays)
    {
        if (standardDays is < 1 or > 60) throw new DomainException("Standard delivery takes 1 to 60 working days.");
        if (expressDays < 1 || expressDays > standardDays) throw new DomainException("Express delivery takes at least 1 working day and no longer than standard.");
        (StandardDays, ExpressDays) = (standardDays, expressDays);
    }

    public int DaysFor(ShippingMethod method) => method == ShippingMethod.Express ? ExpressDays : StandardDays;

    /// <summary>For example "next working day" or "within 3 working days".</summary>
    public string Describe(ShippingMethod method) => DaysFor(method) switch
    {
        1 => "next working day",
        var days => $"within {days} working days",
    };

    /// <summary>
    /// The last day the parcel should arrive for an order placed on <paramref name="placed"/>: weekends and the
    /// <paramref name="holidays"/> (public holidays, days the shop is closed) are not working days.
    /// </summary>
    public DateOnly ArrivesBy(ShippingMethod method, DateOnly placed, IReadOnlySet<DateOnly>? holidays = null)
    {
        var day = placed;
        for (var left = DaysFor(method); left > 0;)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && holidays?.Contains(day) != true) left--;
        }
        return day;
    }
}
