using System.Globalization;

namespace Shop.Domain.Checkout;

/// <summary>
/// A code a shopper types at checkout for money off: a percentage or a fixed amount, optionally with a minimum
/// subtotal, a validity window [StartsAt, EndsAt) and a usage limit. Codes are compared upper case.
/// </summary>
public class DiscountCode
{
    public const int MaxCodeLength = 30;

    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public DiscountKind Kind { get; private set; }
    /// <summary>Percent (0–100] for <see cref="DiscountKind.Percentage"/>, an amount for <see cref="DiscountKind.FixedAmount"/>.</summary>
    public decimal Value { get; private set; }
    public decimal? MinimumSubtotal { get; private set; }
    public DateTimeOffset? StartsAt { get; private set; }
    public DateTimeOffset? EndsAt { get; private set; }
    public int? UsageLimit { get; private set; }
    public int TimesUsed { get; private set; }

    private DiscountCode() { }

    public DiscountCode(string code, DiscountKind kind, decimal value, decimal? minimumSubtotal = null,
        DateTimeOffset? startsAt = null, DateTimeOffset? endsAt = null, int? usageLimit = null)
    {
        Code = Normalize(code);
        if (Code.Length == 0 || !Code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            throw new DomainException("A discount code is letters, digits, - and _ only.");
        Kind = kind switch
        {
            DiscountKind.Percentage when value is > 0m and <= 100m => kind,
            DiscountKind.FixedAmount when value > 0m => kind,
            DiscountKind.Percentage => throw new DomainException("A percentage discount is above 0 and at most 100."),
            DiscountKind.FixedAmount => throw new DomainException("A fixed discount is above zero."),
            _ => throw new DomainException($"'{kind}' is not a kind of discount."),
        };
        Value = value;
        if (minimumSubtotal is < 0m) throw new DomainException("A minimum subtotal cannot be negative.");
        MinimumSubtotal = minimumSubtotal;
        if (startsAt is { } s && endsAt is { } e && e <= s) throw new DomainException("A discount must end after it starts.");
        StartsAt = startsAt;
        EndsAt = endsAt;
        if (usageLimit is < 1) throw new DomainException("A usage limit is at least 1.");
        UsageLimit = usageLimit;
    }

    /// <summary>How codes are compared: trimmed and upper case, so "summer10 " finds SUMMER10.</summary>
    public static string Normalize(string? code) => Guard.Text(code, "Discount code", MaxCodeLength, allowEmpty: true).ToUpperInvariant();

    public bool IsUsedUp => UsageLimit is { } limit && TimesUsed >= limit;

    /// <summary>
    /// What this code takes off <paramref name="subtotal"/> at <paramref name="now"/>, or why it does not apply.
    /// Percentages round to the cent; a fixed amount never takes the subtotal below zero.
    /// </summary>
    public DiscountOutcome Apply(Money subtotal, DateTimeOffset now)
    {
        var currency = subtotal.Currency;
        if (StartsAt is { } starts && now < starts)
            return DiscountOutcome.Refused(DiscountRefusal.NotStarted, currency, $"Code {Code} is not valid yet.");
        if (EndsAt is { } ends && now >= ends)
            return DiscountOutcome.Refused(DiscountRefusal.Expired, currency, $"Code {Code} has expired.");
        if (IsUsedUp)
            return DiscountOutcome.Refused(DiscountRefusal.UsedUp, currency, $"Code {Code} has been used up.");
        if (MinimumSubtotal is { } min && subtotal.Amount < min)
            return DiscountOutcome.Refused(DiscountRefusal.BelowMinimum, currency,
                $"Code {Code} needs a subtotal of at least {new Money(min, currency)}.");

        var off = Kind == DiscountKind.Percentage
            ? subtotal * (Value / 100m)
            : new Money(Math.Min(Value, Math.Max(subtotal.Amount, 0m)), currency);
        var label = Kind == DiscountKind.Percentage
            ? $"{Value.ToString("0.##", CultureInfo.InvariantCulture)}% off"
            : $"{new Money(Value, currency)} off";
        return DiscountOutcome.Off(off, $"Code {Code}: {label}.");
    }

    /// <summary>Counts one use, when an order with this code is paid. Refused once the limit is reached.</summary>
    public void RecordUse()
    {
        if (IsUsedUp) throw new DomainException($"Code {Code} has been used up.");
        TimesUsed++;
    }
}
