using Shop.Web.Payments.Simulated;

namespace Shop.Web.Checkout;

/// <summary>The cards a person can try in test mode, by name, with what each one does.</summary>
public static class TestCards
{
    public static readonly IReadOnlyList<TestCard> All =
    [
        new(TestNonces.ValidVisa, "Visa ending 1111", "pays"),
        new(TestNonces.ValidMastercard, "Mastercard ending 4444", "pays"),
        new(ThreeDSecureNonces.ChallengeAuthenticated, "Visa with 3-D Secure: the bank confirms you", "pays, liability shifted"),
        new(ThreeDSecureNonces.FailedAuthentication, "Visa with 3-D Secure: the bank cannot confirm you", "refused unless 3-D Secure is off"),
        new(ThreeDSecureNonces.NotEnrolled, "Visa without 3-D Secure", "pays unless 3-D Secure is Always"),
        new(TestNonces.ProcessorDeclined, "Visa that is declined", "declined: Do Not Honor"),
        new(TestNonces.GatewayRejectedFraud, "Card flagged as fraud", "rejected by fraud checks"),
        new(TestNonces.Timeout, "Card whose answer is lost", "payment confirmed later by the reconciler"),
    ];

    public static bool IsKnown(string? nonce) => All.Any(c => c.Nonce == nonce);
}
