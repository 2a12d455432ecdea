namespace Shop.Domain.Catalog;

/// <summary>
/// A sale of a product and its end: the prices before the sale are kept as the compare-at ("was") prices, so ending
/// it brings back the very prices (−20% and then +25% does not: 16.67 came back as 16.68). Part of <see cref="Product"/>.
/// </summary>
public partial class Product
{
    public const string SaleMustLower = "A sale lowers prices: enter how much to take off as a negative number.";

    /// <summary>
    /// Lowers the product's price and every variant's own price by <paramref name="change"/>, each old price becoming the
    /// was price (in place of any was price set before). All or nothing, like <see cref="ChangePrices"/>.
    /// </summary>
    public void PutOnSale(PriceChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (!change.Lowers) throw new DomainException(SaleMustLower);
        var price = change.Of(Price);
        var prices = _variants.Select(v => (Variant: v, Own: v.Price is { } own ? change.Of(own) : (decimal?)null)).ToList();
        var was = Price;
        Reprice(price, was);
        // A variant with the product's price shows the product's was price; one with its own price, its own.
        foreach (var (variant, own) in prices) variant.Reprice(own, own is null ? null : variant.Price);
    }

    /// <summary>Ends a sale: each price that has a was price above it goes back to it, and the was price goes. Prices without one stay.</summary>
    public void EndSale()
    {
        if (CompareAtPrice is { } was && was > Price) Reprice(was, null);
        foreach (var variant in _variants)
            if (variant is { Price: { } own, CompareAtPrice: { } ownWas } && ownWas > own) variant.Reprice(ownWas, null);
    }
}
