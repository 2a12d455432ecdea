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
    public static bool IsIntraCommunitySupply(Order order) => VatNotCharged.Of(order).IntraCommunitySupply;

    /// <summary>Digital goods billed to a business in the EU country of its VAT number: it accounts for the VAT (Art. 196).</summary>
    public static bool IsReverseChargedService(Order order) => VatNotCharged.Of(order).ReverseChargedService;
}
