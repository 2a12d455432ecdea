using System.Globalization;

namespace Shop.Domain.Markets;

/// <summary>
/// One rate's share of an order in one country: "VAT 20 %" on a net base of 84.03 is 16.81. <see cref="Country"/> is where
/// that tax is owed (the country of the address the lines pay it for), so two countries at the same rate are two rows,
/// as a merchant files them (one-stop shop); null only for a cart with no address in a shop without a home country.
/// </summary>
public sealed record TaxAtRate(string Label, decimal Rate, Money Base, Money Tax, string? Country = null)
{
    /// <summary>"VAT 19%", "Sales tax 8.875%".</summary>
    public static string LabelOf(string taxName, decimal rate) => $"{taxName} {PercentOf(rate)}";

    /// <summary>A rate as labels and files write it: 0.19 is "19%".</summary>
    public static string PercentOf(decimal rate) => $"{(rate * 100m).ToString("0.###", CultureInfo.InvariantCulture)}%";

    /// <summary>
    /// Whether rows name their country: only when the tax of one order is owed in more than one ("VAT 20% (AT)" beside
    /// "VAT 20% (FR)"); a row without a country counts as the order's destination's.
    /// </summary>
    public static bool NamesCountries(IEnumerable<string?> countries, string destination) =>
        countries.Select(c => c ?? destination).Distinct(StringComparer.OrdinalIgnoreCase).Skip(1).Any();

    /// <summary>"VAT 20% (AT)".</summary>
    public static string LabelIn(string label, string? country) => country is { Length: > 0 } ? $"{label} ({country})" : label;
}
