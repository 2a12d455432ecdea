namespace Shop.Domain.Cart;

/// <summary>What pricing did to a line, so the cart page can tell the shopper why a quantity changed.</summary>
public enum CartLineStatus
{
    /// <summary>Priced at the quantity the shopper asked for.</summary>
    Ok,
    /// <summary>Fewer are in stock than were asked for; the line is priced at what is left.</summary>
    CappedByStock,
    /// <summary>More than <see cref="ShoppingCart.MaxQuantityPerLine"/> were asked for.</summary>
    CappedByLineLimit,
    /// <summary>No longer sold, or sold out: the line is priced at zero and cannot be checked out.</summary>
    Unavailable,
}
