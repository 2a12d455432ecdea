using Shop.Domain.Ordering;

namespace Shop.Web.Admin.Orders;

/// <summary>The 3-D Secure outcome on the staff order page, in words that say who carries a fraud chargeback.</summary>
public static class ThreeDSecureNote
{
    public static string Describe(ThreeDSecureOutcome? outcome) => outcome switch
    {
        null => "not recorded (placed before the shop checked)",
        ThreeDSecureOutcome.NotChecked => "not checked (3-D Secure is off)",
        ThreeDSecureOutcome.Authenticated => "authenticated: liability shifted to the bank",
        ThreeDSecureOutcome.Failed => "failed: the bank could not confirm the cardholder; not charged",
        ThreeDSecureOutcome.Incomplete => "not completed: the bank's challenge was not finished; not charged",
        ThreeDSecureOutcome.NotEnrolled => "card or bank not taking part: no liability shift",
        ThreeDSecureOutcome.Error => "could not be run (lookup error): no liability shift",
        ThreeDSecureOutcome.NotRun => "not run for this card: no liability shift",
        ThreeDSecureOutcome.NotApplicable => "does not apply to this payment method",
        _ => outcome.ToString()!,
    };
}
