using Shop.Web.Shared;

namespace Shop.Web.Checkout;

/// <summary>The order a payment attempt placed, paid or being paid, for the cart (<see cref="IAttemptOrders"/>).</summary>
public sealed class CheckoutAttemptOrders(CheckoutService checkout) : IAttemptOrders
{
    public async Task<string?> ConfirmationAsync(Guid attemptKey, CancellationToken ct) =>
        await checkout.FindOutcomeAsync(attemptKey, ct) is { } placed and (CheckoutOutcome.Paid or CheckoutOutcome.Pending)
            ? CheckoutController.ConfirmationOf(placed)
            : null;
}
