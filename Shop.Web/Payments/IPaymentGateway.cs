using Shop.Domain;

namespace Shop.Web.Payments;

/// <summary>
/// The shop's port to its payment provider. Implementations never throw for gateway trouble (bad keys, outages,
/// timeouts, garbage answers): every call returns a result that says what happened, and whether we know.
/// Only a cancelled <see cref="CancellationToken"/> on a read (<see cref="FindByOrderIdAsync"/>, <see cref="PingAsync"/>)
/// throws <see cref="OperationCanceledException"/>.
/// </summary>
public interface IPaymentGateway
{
    /// <summary>True for the simulated gateway: the payment page says plainly that no money moves.</summary>
    bool IsSimulated { get; }

    /// <summary>A token for the browser's card form (Hosted Fields) to talk to the gateway.</summary>
    Task<ClientTokenResult> CreateClientTokenAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The 3-D Secure result Braintree holds for a nonce (liability shift, status, enrolment). A read: the nonce is not
    /// used up, and the call is retried once. Decide with <see cref="Shop.Domain.Ordering.ThreeDSecureRules"/>.
    /// </summary>
    Task<ThreeDSecureLookup> ReadThreeDSecureAsync(string nonce, CancellationToken cancellationToken = default);

    /// <summary>
    /// Authorizes and captures in one step. Never retried: on <see cref="ChargeResult.OutcomeUnknown"/> the caller
    /// keeps the order pending and reconciles with <see cref="FindByOrderIdAsync"/> before charging again.
    /// </summary>
    Task<ChargeResult> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken = default);

    /// <summary>Refunds a settled transaction, in full (<paramref name="amount"/> null) or in part.</summary>
    Task<RefundResult> RefundAsync(string transactionId, Money? amount, CancellationToken cancellationToken = default);

    /// <summary>Voids an unsettled transaction, or refunds it in full if it has settled.</summary>
    Task<ReverseResult> ReverseAsync(string transactionId, CancellationToken cancellationToken = default);

    /// <summary>Every transaction the gateway has for an order number (declined ones too). Safe to retry.</summary>
    Task<TransactionSearchResult> FindByOrderIdAsync(string orderId, CancellationToken cancellationToken = default);

    /// <summary>Health check: can we reach the gateway with our keys?</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken = default);
}
