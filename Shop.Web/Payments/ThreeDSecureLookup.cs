using Shop.Domain.Ordering;

namespace Shop.Web.Payments;

/// <summary>What the gateway said when asked about a nonce's 3-D Secure result. Nothing is charged by asking.</summary>
public abstract record ThreeDSecureLookup
{
    private ThreeDSecureLookup() { }

    /// <summary>
    /// What Braintree holds for the payment method: its 3-D Secure result (cards only), whether it is a card or a PayPal
    /// account, and for PayPal the payer's email.
    /// </summary>
    public sealed record Found(ThreeDSecureResult Result) : ThreeDSecureLookup
    {
        public PaymentMethod Method { get; init; } = PaymentMethod.Card;
        public string? PayerEmail { get; init; }
        /// <summary>A saved (multi-use) payment method rather than a one-time nonce: only its owner's saved-card choice may charge it.</summary>
        public bool IsSaved { get; init; }
    }

    /// <summary>The nonce is unknown, used or expired: ask for the card again.</summary>
    public sealed record Invalid(string Code, string Message) : ThreeDSecureLookup;

    /// <summary>The gateway could not be asked (outage, bad keys, no readable answer).</summary>
    public sealed record Unavailable(string Message) : ThreeDSecureLookup;
}
