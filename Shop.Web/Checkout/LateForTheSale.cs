using Shop.Web.Catalog;
using Shop.Web.Shared;

namespace Shop.Web.Checkout;

/// <summary>
/// A Pay for a variant this node already knows is sold out skips the Pay queue: its answer ("sold out") needs neither
/// the database nor a turn. The reviewed quote travels in the Pay URL for this (sealed, so it cannot be made up).
/// </summary>
public sealed class LateForTheSale(CheckoutQuote quotes, SoldOutVariants soldOut) : IAnsweredWithoutTurn
{
    public bool IsKnown(HttpContext http) =>
        quotes.Read(http.Request.Query[CheckoutQuote.Field]) is { } quote && soldOut.WasSoldOut(quote.VariantIds);
}
