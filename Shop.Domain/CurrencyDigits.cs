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

    /// <summary>Decimals of an upper-case ISO code; two for any code not listed.</summary>
    public static int Of(string currency) => None.Contains(currency) ? 0 : Three.Contains(currency) ? 3 : 2;

    /// <summary>The invariant number format with exactly the currency's decimals, e.g. "0.00" or "0".</summary>
    internal static string Format(string currency, bool grouped) => Of(currency) switch
    {
        0 => grouped ? "#,0" : "0",
        var d => (grouped ? "#,0." : "0.") + new string('0', d),
    };
}
