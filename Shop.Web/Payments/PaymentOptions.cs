using Shop.Domain.Ordering;

namespace Shop.Web.Payments;

/// <summary>Shop:Payments settings that are not about the Braintree account.</summary>
public sealed class PaymentOptions
{
    public const string Section = "Shop:Payments";

    /// <summary>Off, WhenRequired (default: the bank decides whether to challenge) or Always.</summary>
    public ThreeDSecurePolicy ThreeDSecure { get; set; } = ThreeDSecurePolicy.WhenRequired;
}
