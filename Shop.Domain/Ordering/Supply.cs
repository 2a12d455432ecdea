using Shop.Domain.Markets;

namespace Shop.Domain.Ordering;

/// <summary>
/// What an invoice says about the supply: when it happened (the day the order was shipped, or sent for digital goods)
/// and, where an EU business paid no VAT, why: goods carried to its country are a tax-exempt intra-Community supply,
/// digital goods (services) billed to it are reverse charged. Both read the order as it was placed.
/// </summary>
public static class Supply
{
    /// <summary>The day the order went out (its first Shipped step; later steps keep that status); null before. Needs <see cref="Order.History"/>.</summary>
    public static DateTimeOffset? ShippedAt(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.History.FirstOrDefault(h => h.Status == OrderStatus.Shipped)?.At;
    }

    /// <summary>Goods carried to a business in the EU country of its VAT number, without VAT (Art. 138 VAT Directive).</summary>
    public static bool IsIntraCommunitySupply(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.ReverseCharge && order.ShippedLines.Any() && InCountryOf(order.VatNumber, order.ShippingAddress.CountryCode);
    }

    /// <summary>Digital goods billed to a business in the EU country of its VAT number: it accounts for the VAT (Art. 196).</summary>
    public static bool IsReverseChargedService(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.ReverseCharge && order.Lines.Any(l => l.IsDigital) && InCountryOf(order.VatNumber, order.BillTo.CountryCode);
    }

    private static bool InCountryOf(string? vatNumber, string country) =>
        string.Equals(VatNumber.CountryOf(vatNumber), country, StringComparison.OrdinalIgnoreCase);
}
