using System.Globalization;

namespace Shop.Domain;

/// <summary>
/// An amount in one currency. Amounts are rounded to the currency's minor unit (<see cref="CurrencyDigits"/>: two
/// decimals for USD, none for JPY) with banker's rounding avoided: shops round half away from zero, as receipts do.
/// </summary>
public readonly record struct Money : IComparable<Money>
{
    public decimal Amount { get; }
    public string Currency { get; }

    public Money(decimal amount, string currency)
    {
        if (string.IsNullOrWhiteSpace(currency) || currency.Length != 3)
            throw new DomainException($"'{currency}' is not a three-letter currency code.");
        Currency = currency.ToUpperInvariant();
        Amount = Math.Round(amount, CurrencyDigits.Of(Currency), MidpointRounding.AwayFromZero);
    }

    public static Money Zero(string currency) => new(0m, currency);

    public bool IsZero => Amount == 0m;

    public static Money operator +(Money a, Money b) => new(a.Amount + Same(a, b).Amount, a.Currency);
    public static Money operator -(Money a, Money b) => new(a.Amount - Same(a, b).Amount, a.Currency);
    public static Money operator *(Money a, int quantity) => new(a.Amount * quantity, a.Currency);
    public static Money operator *(Money a, decimal factor) => new(a.Amount * factor, a.Currency);
    public static bool operator <(Money a, Money b) => a.CompareTo(b) < 0;
    public static bool operator >(Money a, Money b) => a.CompareTo(b) > 0;
    public static bool operator <=(Money a, Money b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Money a, Money b) => a.CompareTo(b) >= 0;

    public int CompareTo(Money other) => Amount.CompareTo(Same(this, other).Amount);

    /// <summary>
    /// This amount in shares by <paramref name="weights"/>, each its proportion rounded as money; the last entry of
    /// nonzero weight takes what the others left (with no weight at all, the last entry takes it all), so the shares add
    /// up to the amount exactly.
    /// </summary>
    public IReadOnlyList<Money> SpreadBy(IReadOnlyList<decimal> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var total = weights.Sum();
        var last = total == 0m ? weights.Count - 1 : weights.Count - 1 - weights.Reverse().TakeWhile(w => w == 0m).Count();
        var shares = new Money[weights.Count];
        var left = this;
        for (var i = 0; i < weights.Count; i++)
        {
            if (i == last) continue;
            shares[i] = total == 0m ? Zero(Currency) : new Money(Amount * weights[i] / total, Currency);
            left -= shares[i];
        }
        if (last >= 0) shares[last] = left;
        return shares;
    }

    /// <summary>The amount as gateways want it: invariant culture, the currency's own decimals ("10.00", JPY "1235").</summary>
    public string ToInvariantString() => CurrencyDigits.Invariant(Amount, Currency);

    /// <summary>
    /// For people, in the current culture's way with the shop's currency ("€1,234.50" in English, "1.234,50 €" in
    /// German). English and the invariant culture keep the symbol-first form receipts and tests know.
    /// </summary>
    public override string ToString() => ToString(CultureInfo.CurrentCulture);

    public string ToString(CultureInfo culture)
    {
        if (culture.TwoLetterISOLanguageName is "en" or "iv")
            return $"{CurrencySymbol(Currency)}{Amount.ToString(CurrencyDigits.Format(Currency, grouped: true), CultureInfo.InvariantCulture)}";
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = CurrencySymbol(Currency).Trim();
        format.CurrencyDecimalDigits = CurrencyDigits.Of(Currency);
        return Amount.ToString("C", format).Replace(' ', '\u00A0'); // the amount and its symbol never part at a line end
    }

    /// <summary>
    /// Reads back an amount of <paramref name="currency"/> as <see cref="ToString(CultureInfo)"/> wrote it in the
    /// invariant culture ("$1,234.50"), as stored notes hold them.
    /// </summary>
    public static bool TryReadInvariant(string text, string currency, out Money money)
    {
        money = default;
        var symbol = CurrencySymbol(currency.ToUpperInvariant());
        if (!text.StartsWith(symbol, StringComparison.Ordinal)
            || !decimal.TryParse(text.AsSpan(symbol.Length), NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture, out var amount)) return false;
        money = new Money(amount, currency);
        return true;
    }

    private static Money Same(Money a, Money b) =>
        a.Currency == b.Currency ? b : throw new DomainException($"Cannot combine {a.Currency} with {b.Currency}.");

    private static string CurrencySymbol(string currency) => currency switch
    {
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        _ => currency + " ",
    };
}
