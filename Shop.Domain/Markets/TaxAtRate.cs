using System.Globalization;

namespace Shop.Domain.Markets;

/// <summary>One rate's share of an order: "VAT 19 %" on a net base of 84.03 is 15.97.</summary>
public sealed record TaxAtRate(string Label, decimal Rate, Money Base, Money Tax)
{
    /// <summary>"VAT 19%", "Sales tax 8.875%".</summary>
    public static string LabelOf(string taxName, decimal rate) =>
        $"{taxName} {(rate * 100m).ToString("0.###", CultureInfo.InvariantCulture)}%";
}
