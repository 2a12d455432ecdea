using Shop.Domain;
using Shop.Domain.Ordering;

namespace Shop.Web.Payments;

/// <summary>
/// What to charge. <paramref name="OrderId"/> is the order number; the gateway stores it with the transaction so a
/// charge whose outcome is unknown can be found again. <paramref name="IdempotencyKey"/> is the order's key: the
/// simulated gateway answers a repeated key with the first result; Braintree's public GraphQL schema has no such
/// key, so there it is only sent as clientMutationId (echoed, useful in logs) and the order id does the work.
/// </summary>
public sealed record ChargeRequest(Money Amount, string OrderId, string PaymentMethodNonce, Guid IdempotencyKey)
{
    /// <summary>Save the card to this Braintree customer once the charge succeeds (the shopper ticked "Save this card").</summary>
    public string? SaveForCustomerId { get; init; }

    /// <summary>Card or PayPal account, as the gateway read it: the one branch between the two (which mutation charges).</summary>
    public PaymentMethod Method { get; init; } = PaymentMethod.Card;

    /// <summary>A saved card's CVV, typed again and tokenized in Braintree's own field; checked with the charge.</summary>
    public string? TokenizedCvv { get; init; }

    /// <summary>Never print the nonce: it is a one-time stand-in for card data.</summary>
    public override string ToString() => $"ChargeRequest {{ Amount = {Amount.ToInvariantString()} {Amount.Currency}, OrderId = {OrderId} }}";
}
