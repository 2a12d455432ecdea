using System.Globalization;

namespace Shop.Domain;

/// <summary>
/// An amount in one currency. Amounts are rounded to the currency's minor unit (two decimals) with
/// banker's rounding avoided: shops round half away from zero, as receipts do.
/// </summary>
public readonly record struct Money : IComparable<Money>
{
    public decimal Amount { get; }
    public string Currency { get; }

    public Money(decimal amount, string currency)
    {
        if (string.IsNullOrWhiteSpace(currency) || currency.Length != 3)
            throw new DomainException($"'{currency}' is not a three-letter currency code.");
        Amount = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        Currency = currency.ToUpperInvariant();
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

    /// <summary>The amount as gateways want it: invariant culture, always two decimals ("10.00").</summary>
    public string ToInvariantString() => Amount.ToString("0.00", CultureInfo.InvariantCulture);

    public override string ToString() => $"{CurrencySymbol(Currency)}{Amount.ToString("#,0.00", CultureInfo.InvariantCulture)}";

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
