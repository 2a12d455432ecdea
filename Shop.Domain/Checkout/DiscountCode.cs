using System.Globalization;
using Shop.Domain.Cart;

namespace Shop.Domain.Checkout;

/// <summary>
/// A code a shopper types at checkout for money off: a percentage, a fixed amount or free standard shipping, optionally with a minimum
/// subtotal, a validity window [StartsAt, EndsAt), a total usage limit and a limit per shopper, and limited to some
/// products or categories. Staff may disable it. Codes are compared upper case and never change once made.
/// </summary>
public class DiscountCode
{
    public const int MaxCodeLength = 30;
    private const string UsedUpMessage = "Code {0} has been used up.";

    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public DiscountKind Kind { get; private set; }
    /// <summary>Percent (0–100] for <see cref="DiscountKind.Percentage"/>, an amount for <see cref="DiscountKind.FixedAmount"/>, 0 for free shipping.</summary>
    public decimal Value { get; private set; }
    public decimal? MinimumSubtotal { get; private set; }
    public DateTimeOffset? StartsAt { get; private set; }
    public DateTimeOffset? EndsAt { get; private set; }
    public int? UsageLimit { get; private set; }
    public int? UsesPerShopper { get; private set; }
    public int TimesUsed { get; private set; }
    public bool IsDisabled { get; private set; }
    /// <summary>When this or <see cref="CategoryIds"/> is not empty, only those goods are discounted.</summary>
    public IReadOnlyList<int> ProductIds { get; private set; } = [];
    public IReadOnlyList<int> CategoryIds { get; private set; } = [];

    private DiscountCode() { }

    public DiscountCode(string code, DiscountKind kind, decimal value, decimal? minimumSubtotal = null,
        DateTimeOffset? startsAt = null, DateTimeOffset? endsAt = null, int? usageLimit = null, int? usesPerShopper = null)
    {
        Code = Normalize(code);
        if (Code.Length == 0 || !Code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            throw new DomainException("A discount code is letters, digits, - and _ only.");
        ChangeTerms(kind, value, minimumSubtotal, startsAt, endsAt, usageLimit, usesPerShopper);
    }

    /// <summary>How codes are compared: trimmed and upper case, so "summer10 " finds SUMMER10.</summary>
    public static string Normalize(string? code) => Guard.Text(code, "Discount code", MaxCodeLength, allowEmpty: true).ToUpperInvariant();

    public bool IsUsedUp => UsageLimit is { } limit && TimesUsed >= limit;

    public bool IsLimitedToSomeGoods => ProductIds.Count > 0 || CategoryIds.Count > 0;

    /// <summary>What the code takes off, and when and how often it may be used. Uses so far stay counted.</summary>
    public void ChangeTerms(DiscountKind kind, decimal value, decimal? minimumSubtotal, DateTimeOffset? startsAt,
        DateTimeOffset? endsAt, int? usageLimit, int? usesPerShopper)
    {
        if (TermsRefused(kind, value, minimumSubtotal, startsAt, endsAt, usageLimit, usesPerShopper).FirstOrDefault() is { Message: { } refused })
            throw new DomainException(refused);
        (Kind, Value, MinimumSubtotal, StartsAt, EndsAt, UsageLimit, UsesPerShopper) =
            (kind, kind == DiscountKind.FreeShipping ? 0m : value, minimumSubtotal, startsAt, endsAt, usageLimit, usesPerShopper);
    }

    /// <summary>
    /// Every term a code cannot have, each named by its parameter (Value, MinimumSubtotal, EndsAt, UsageLimit,
    /// UsesPerShopper, Kind), so a form can say all of them at once beside their fields. Empty when the terms stand.
    /// </summary>
    public static IReadOnlyList<(string Term, string Message)> TermsRefused(DiscountKind kind, decimal value, decimal? minimumSubtotal,
        DateTimeOffset? startsAt, DateTimeOffset? endsAt, int? usageLimit, int? usesPerShopper)
    {
        var refused = new List<(string, string)>();
        switch (kind)
        {
            case DiscountKind.Percentage when value is not (> 0m and <= 100m):
                refused.Add(("Value", "A percentage discount is above 0 and at most 100."));
                break;
            case DiscountKind.FixedAmount when value <= 0m:
                refused.Add(("Value", "A fixed discount is above zero."));
                break;
            case not (DiscountKind.Percentage or DiscountKind.FixedAmount or DiscountKind.FreeShipping):
                refused.Add(("Kind", $"'{kind}' is not a kind of discount."));
                break;
        }
        if (minimumSubtotal is < 0m) refused.Add(("MinimumSubtotal", "A minimum subtotal cannot be negative."));
        if (startsAt is { } s && endsAt is { } e && e <= s) refused.Add(("EndsAt", "A discount must end after it starts."));
        if (usageLimit is < 1) refused.Add(("UsageLimit", "A usage limit is at least 1."));
        if (usesPerShopper is < 1) refused.Add(("UsesPerShopper", "Uses per shopper are at least 1."));
        return refused;
    }

    /// <summary>Limits the code to these products and categories; both empty means everything in the cart.</summary>
    public void LimitTo(IEnumerable<int> productIds, IEnumerable<int> categoryIds)
    {
        ProductIds = productIds.Distinct().Order().ToList();
        CategoryIds = categoryIds.Distinct().Order().ToList();
    }

    public void Disable() => IsDisabled = true;

    public void Enable() => IsDisabled = false;

    /// <summary>Whether a line of this product, on this shelf, is discounted.</summary>
    public bool Covers(int productId, int? categoryId) =>
        !IsLimitedToSomeGoods || ProductIds.Contains(productId) || (categoryId is { } c && CategoryIds.Contains(c));

    /// <summary>Whether a shopper who has used the code <paramref name="usesSoFar"/> times may use it once more.</summary>
    public bool AllowsAnotherUseBy(int usesSoFar) => UsesPerShopper is not { } limit || usesSoFar < limit;

    /// <summary>Why nobody can use the code at <paramref name="now"/>, whatever the cart (disabled, not started, expired, used up), or null.</summary>
    public DiscountRefusal? UnusableAt(DateTimeOffset now) =>
        IsDisabled ? DiscountRefusal.Disabled
        : StartsAt is { } starts && now < starts ? DiscountRefusal.NotStarted
        : EndsAt is { } ends && now >= ends ? DiscountRefusal.Expired
        : IsUsedUp ? DiscountRefusal.UsedUp
        : null;

    /// <summary>What this code takes off a cart: the minimum is judged on the whole subtotal, the discount on the covered lines.</summary>
    public DiscountOutcome Apply(PricedCart cart, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(cart);
        var covered = cart.Lines.Where(l => l.IsAvailable && Covers(l.ProductId, l.CategoryId))
            .Aggregate(Money.Zero(cart.Currency), (sum, l) => sum + l.LineTotal);
        var outcome = Apply(cart.Subtotal, covered, now);
        return outcome.FreeShipping && cart.ShipsNothing
            ? DiscountOutcome.Refused(DiscountRefusal.NotForTheseGoods, cart.Currency, "Code {0} is for shipping, and nothing in your cart is shipped.", Code)
            : outcome;
    }

    /// <summary>What this code takes off <paramref name="subtotal"/> when every line is covered.</summary>
    public DiscountOutcome Apply(Money subtotal, DateTimeOffset now) => Apply(subtotal, subtotal, now);

    /// <summary>
    /// What this code takes off <paramref name="covered"/> (the part of <paramref name="subtotal"/> it is for) at
    /// <paramref name="now"/>, or why it does not apply. Percentages round to the cent; a fixed amount never takes the
    /// covered goods below zero.
    /// </summary>
    private DiscountOutcome Apply(Money subtotal, Money covered, DateTimeOffset now)
    {
        var currency = subtotal.Currency;
        if (UnusableAt(now) is { } refusal)
            return DiscountOutcome.Refused(refusal, currency, refusal switch
            {
                DiscountRefusal.Disabled => "Code {0} is no longer valid.",
                DiscountRefusal.NotStarted => "Code {0} is not valid yet.",
                DiscountRefusal.Expired => "Code {0} has expired.",
                _ => UsedUpMessage,
            }, Code);
        if (MinimumSubtotal is { } min && subtotal.Amount < min)
            return DiscountOutcome.Refused(DiscountRefusal.BelowMinimum, currency, "Code {0} needs a subtotal of at least {1}.", Code, new Money(min, currency));
        if (IsLimitedToSomeGoods && covered.Amount <= 0m)
            return DiscountOutcome.Refused(DiscountRefusal.NotForTheseGoods, currency, "Code {0} is not for anything in your cart.", Code);

        if (Kind == DiscountKind.FreeShipping)
            return DiscountOutcome.ShippingFree(currency, "Code {0}: free standard shipping.", Code);
        var off = Kind == DiscountKind.Percentage
            ? covered * (Value / 100m)
            : new Money(Math.Min(Value, Math.Max(covered.Amount, 0m)), currency);
        return Kind == DiscountKind.Percentage
            ? DiscountOutcome.Off(off, IsLimitedToSomeGoods ? "Code {0}: {1:0.##}% off selected items." : "Code {0}: {1:0.##}% off.", Code, Value)
            : DiscountOutcome.Off(off, IsLimitedToSomeGoods ? "Code {0}: {1} off selected items." : "Code {0}: {1} off.", Code, new Money(Value, currency));
    }

    /// <summary>Counts one use, when an order with this code is paid. Refused once the limit is reached.</summary>
    public void RecordUse()
    {
        if (IsUsedUp) throw new DomainException(string.Format(CultureInfo.InvariantCulture, UsedUpMessage, Code));
        TimesUsed++;
    }
}
