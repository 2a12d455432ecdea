using Shop.Domain.Checkout;

namespace Shop.Web.Documents;

/// <summary>An address as lines on paper, empty parts left out.</summary>
public static class PrintedAddress
{
    public static IEnumerable<string> Of(Address a) =>
        new[] { a.FullName, a.Line1, a.Line2, $"{a.PostalCode} {a.City} {a.Region}".Trim(), a.CountryCode, a.Phone }
            .Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!);
}
