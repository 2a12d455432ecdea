namespace Shop.Web.Payments;

/// <summary>
/// Braintree's vault: a customer per shopper and the cards saved to it. A card is saved by charging it with
/// <see cref="ChargeRequest.SaveForCustomerId"/> (so it is saved only once paid, after 3-D Secure), and charged later
/// by its id as the nonce. Like <see cref="IPaymentGateway"/>, never throws for gateway trouble.
/// </summary>
public interface IPaymentVault
{
    /// <summary>A new, empty Braintree customer's id; null when the gateway cannot be used now.</summary>
    Task<string?> CreateCustomerAsync(CancellationToken cancellationToken = default);

    /// <summary>The customer's cards; null when the gateway cannot tell us now.</summary>
    Task<IReadOnlyList<SavedCard>?> CardsAsync(string customerId, CancellationToken cancellationToken = default);

    /// <summary>True once the card is gone from the vault (also when it was already gone).</summary>
    Task<bool> DeleteCardAsync(string paymentMethodId, CancellationToken cancellationToken = default);

    /// <summary>True once the customer and every card saved to it are gone (also when already gone).</summary>
    Task<bool> DeleteCustomerAsync(string customerId, CancellationToken cancellationToken = default);
}
