using System.Globalization;

namespace Shop.Domain.Checkout;

/// <summary>The result of trying a discount code on a subtotal: an amount off, or the reason it does not apply.</summary>
public sealed record DiscountOutcome
{
    private DiscountOutcome(Money amount, DiscountRefusal? refusal, string template, object[] values)
    {
        Amount = amount;
        Refusal = refusal;
        Template = template;
        Values = values;
    }

    /// <summary>The amount off; zero when refused. Never more than the subtotal.</summary>
    public Money Amount { get; }
    public DiscountRefusal? Refusal { get; }

    /// <summary>The sentence for the shopper in English with placeholders ("Code {0} has expired."), which the storefront translates.</summary>
    public string Template { get; }
    public IReadOnlyList<object> Values { get; }

    /// <summary>The sentence for the shopper, in English.</summary>
    public string Message => string.Format(CultureInfo.InvariantCulture, Template, [.. Values]);

    public bool Applies => Refusal is null;

    /// <summary>The code makes standard shipping free (and takes nothing off the goods).</summary>
    public bool FreeShipping { get; private init; }

    /// <summary>
    /// A free-shipping code with express shipping: not refused, but it takes nothing off, so the order does not carry it
    /// (and counts no use of it).
    /// </summary>
    public bool TakesNothing { get; private init; }

    public const string NotForThisMethod = "Code {0} is for standard shipping: with express shipping it takes nothing off.";

    /// <summary>This outcome with the chosen shipping method: a free-shipping code gives nothing with express, and says so.</summary>
    public DiscountOutcome With(ShippingMethod method) => Applies && FreeShipping && method != ShippingMethod.Standard
        ? new(Amount, null, NotForThisMethod, [Values[0]]) { TakesNothing = true }
        : this;

    public static DiscountOutcome Off(Money amount, string template, params object[] values) => new(amount, null, template, values);

    public static DiscountOutcome ShippingFree(string currency, string template, params object[] values) =>
        new(Money.Zero(currency), null, template, values) { FreeShipping = true };

    public static DiscountOutcome Refused(DiscountRefusal reason, string currency, string template, params object[] values) =>
        new(Money.Zero(currency), reason, template, values);
}
