using System.Globalization;

namespace Shop.Domain;

/// <summary>
/// How many decimals a currency's amounts have (ISO 4217 minor unit): JPY none, USD two, KWD three. The one place
/// that knows; <see cref="Money"/> rounds to it and gateways are sent amounts with exactly this many decimals.
/// </summary>
public static class CurrencyDigits
{
    private static readonly HashSet<string> None = new(StringComparer.Ordinal)
    {
        "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF",
    };

    private static readonly HashSet<string> Three = new(StringComparer.Ordinal) { "BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND" };

    /// <summary>The most decimals any currency has: prices, which do not carry their currency, are kept to this many.</summary>
    public const int Most = 3;

    /// <summary>Decimals of an upper-case ISO code; two for any code not listed.</summary>
    public static int Of(string currency) => None.Contains(currency) ? 0 : Three.Contains(currency) ? 3 : 2;

    /// <summary>The currency's smallest amount: 0.01, JPY 1, KWD 0.001.</summary>
    public static decimal MinorUnit(string currency) => Of(currency) switch { 0 => 1m, 3 => 0.001m, _ => 0.01m };

    /// <summary>Whether <paramref name="amount"/> has no more decimals than the currency (1.5 JPY has one too many).</summary>
    public static bool Fits(decimal amount, string currency) => decimal.Round(amount, Of(currency)) == amount;

    /// <summary>An amount as forms and files write it: invariant, exactly the currency's decimals ("19.90", JPY "1500").</summary>
    public static string Invariant(decimal amount, string currency) => amount.ToString(Format(currency, grouped: false), CultureInfo.InvariantCulture);

    /// <summary>The refusal of an amount with too many decimals.</summary>
    public static string TooManyDecimals(string currency) => Of(currency) switch
    {
        0 => $"Amounts in {currency} have no decimals.",
        2 => "Use at most two decimals.",
        var d => $"Use at most {d} decimals.",
    };

    /// <summary>The invariant number format with exactly the currency's decimals, e.g. "0.00" or "0".</summary>
    public static string Format(string currency, bool grouped) => Of(currency) switch
    {
        0 => grouped ? "#,0" : "0",
        var d => (grouped ? "#,0." : "0.") + new string('0', d),
    };
}
