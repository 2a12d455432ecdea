namespace Shop.Web.Checkout;

/// <summary>What placing an order came to; the controller turns each case into a page.</summary>
public abstract record CheckoutOutcome
{
    private CheckoutOutcome() { }

    public sealed record Paid(string OrderNumber) : CheckoutOutcome;

    /// <summary>The payment was refused; the order is cancelled, the stock is back and the cart is as it was.</summary>
    public sealed record PaymentFailed(string OrderNumber, string Reason) : CheckoutOutcome;

    /// <summary>We don't know yet whether the gateway charged; the reconciler will settle the order either way.</summary>
    public sealed record Pending(string OrderNumber) : CheckoutOutcome;

    /// <summary>The cart changed (sold out, price or quantity) or is empty: the shopper reviews it first.</summary>
    /// <param name="TwinUnsought">Told by the node's sold-out list alone: a double click's first post on another node may have placed the order.</param>
    public sealed record CartChanged(string Message, bool TwinUnsought = false) : CheckoutOutcome;

    /// <summary>The total or lines differ from the review the shopper saw: nothing is charged, the review page shows the new one.</summary>
    public sealed record QuoteChanged(string Message) : CheckoutOutcome;

    /// <summary>
    /// The checkout's attempt already placed <paramref name="EarlierOrder"/>, for another cart (its Pay's answer was
    /// lost, the shopper shopped on): nothing is charged; the review offers this cart as a new attempt.
    /// </summary>
    public sealed record AttemptUsed(string EarlierOrder) : CheckoutOutcome;

    /// <summary>A rule refused the order (e.g. the discount code expired): the review page says why.</summary>
    public sealed record Refused(string Message) : CheckoutOutcome;
}
