namespace Shop.Web.Shared;

/// <summary>
/// The order a payment attempt placed, looked up from a page other than checkout's: the cart, reached after a Pay was
/// told "sold out" without the database (this node knew the sale was over), finds there the order a double click's
/// first post placed on another node, and shows it instead of the sold-out notice.
/// </summary>
public interface IAttemptOrders
{
    /// <summary>The TempData entry that carries such an attempt's key from the Pay to the cart.</summary>
    const string Mark = "CheckoutAttempt";

    /// <summary>The placed order's confirmation page ("~/checkout/confirmation/SHP-…"), or null when the attempt placed none.</summary>
    Task<string?> ConfirmationAsync(Guid attemptKey, CancellationToken ct);
}
