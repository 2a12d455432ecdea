namespace Shop.Web.Orders;

/// <summary>
/// Why an order could not take its holds: a product ran short, or its discount code is used up (by everyone, or
/// by this shopper).
/// </summary>
public sealed record HoldRefused(string? SoldOutProduct, string? UsedUpCode, bool UsedUpByShopper = false)
{
    /// <summary>The order's line of <paramref name="variantId"/> ran short.</summary>
    public static HoldRefused ShortOf(Domain.Ordering.Order order, int variantId) =>
        new(order.Lines.First(l => l.VariantId == variantId).DisplayName, null);
}
