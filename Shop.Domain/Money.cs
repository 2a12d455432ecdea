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

    /// <summary>The amount as gateways want it: invariant culture, the currency's own decimals ("10.00", JPY "1235").</summary>
    public string ToInvariantString() => Amount.ToString(CurrencyDigits.Format(Currency, grouped: false), CultureInfo.InvariantCulture);

    public override string ToString() =>
        $"{CurrencySymbol(Currency)}{Amount.ToString(CurrencyDigits.Format(Currency, grouped: true), CultureInfo.InvariantCulture)}";

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
