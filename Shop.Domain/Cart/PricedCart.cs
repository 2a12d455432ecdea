namespace Shop.Domain.Cart;

/// <summary>
/// A cart as the shop will sell it right now: every line priced from the catalog and capped by stock and by the
/// per-line limit. Built by <see cref="ShoppingCart.Price"/>; never built from form fields.
/// </summary>
public sealed class PricedCart
{
    internal PricedCart(string currency, IReadOnlyList<PricedCartLine> lines)
    {
        Currency = new Money(0m, currency).Currency;
        Lines = lines;
        Subtotal = lines.Where(l => l.IsAvailable).Aggregate(Money.Zero(Currency), (sum, l) => sum + l.LineTotal);
    }

    public string Currency { get; }
    public IReadOnlyList<PricedCartLine> Lines { get; }

    /// <summary>Sum of the lines that can be bought, at catalog prices (before discount, shipping and tax).</summary>
    public Money Subtotal { get; }

    /// <summary>Units that can be bought, for the "Cart (3)" badge.</summary>
    public int ItemCount => Lines.Sum(l => l.Quantity);

    public IEnumerable<PricedCartLine> PurchasableLines => Lines.Where(l => l.IsAvailable && l.Quantity > 0);

    public bool IsEmpty => !PurchasableLines.Any();

    /// <summary>What the parcel weighs, in grams (lines without a weight, and digital goods, count as nothing).</summary>
    public int WeightGrams => PurchasableLines.Where(l => !l.IsDigital).Sum(l => l.WeightGrams * l.Quantity);

    /// <summary>The lines as tax sees them: amount, tax class, and whether they are digital.</summary>
    public IReadOnlyList<Markets.TaxableLine> TaxableLines => TaxableLinesUnder(null);

    /// <summary>The same, each saying whether <paramref name="code"/> covers it (every line when there is no code).</summary>
    public IReadOnlyList<Markets.TaxableLine> TaxableLinesUnder(Checkout.DiscountCode? code) =>
        PurchasableLines.Select(l => new Markets.TaxableLine(l.LineTotal, l.TaxClass, l.IsDigital, code?.Covers(l.ProductId, l.CategoryId) ?? true)).ToList();

    /// <summary>What the parcel's goods are worth before discount (digital goods are not in it): the checkout's shipping offers.</summary>
    public Money ShippedSubtotal => Ordering.OrderTotals.ShippedGoods(TaxableLines, Subtotal, Money.Zero(Currency));

    /// <summary>Only digital goods: nothing is shipped, so no shipping method is asked or charged.</summary>
    public bool ShipsNothing => Ordering.OrderTotals.ShipsNothing(TaxableLines);

    /// <summary>
    /// True when pricing changed what the shopper asked for (a cap, or an unavailable line). Checkout refuses such a
    /// cart so nobody is charged for something other than what they saw; the shopper reviews it first.
    /// </summary>
    public bool NeedsReview => Lines.Any(l => l.Status != CartLineStatus.Ok);
}
