using Shop.Domain.Ordering;

namespace Shop.Web.Payments.Simulated;

/// <summary>
/// Braintree's 3-D Secure test nonces (names as in its SDKs' test values) and the result its sandbox reports for each.
/// All are Visa cards that pay when charged; 3-D Secure decides first whether they are charged.
/// </summary>
public static class ThreeDSecureNonces
{
    public const string Authenticated = "fake-three-d-secure-visa-full-authentication-nonce";
    public const string FrictionlessAuthenticated = "fake-three-d-secure-two-visa-successful-frictionless-authentication-nonce";
    public const string ChallengeAuthenticated = "fake-three-d-secure-two-visa-successful-step-up-authentication-nonce";
    public const string AttemptsNotParticipating = "fake-three-d-secure-visa-attempts-non-participating-nonce";
    public const string FailedAuthentication = "fake-three-d-secure-visa-failed-authentication-nonce";
    public const string FailedSignature = "fake-three-d-secure-visa-failed-signature-nonce";
    public const string NotEnrolled = "fake-three-d-secure-visa-not-enrolled-nonce";
    public const string Unavailable = "fake-three-d-secure-visa-unavailable-nonce";
    public const string Bypassed = "fake-three-d-secure-visa-bypassed-authentication-nonce";
    public const string LookupTimeout = "fake-three-d-secure-visa-lookup-timeout-nonce";
    public const string LookupError = "fake-three-d-secure-two-visa-error-on-lookup-nonce";
    public const string LookupTimeoutTwo = "fake-three-d-secure-two-visa-timeout-on-lookup-nonce";
    public const string MpiLookupError = "fake-three-d-secure-visa-mpi-lookup-error-nonce";
    public const string MpiAuthenticateError = "fake-three-d-secure-visa-mpi-authenticate-error-nonce";
    public const string AuthenticationUnavailable = "fake-three-d-secure-visa-authentication-unavailable-nonce";

    private static ThreeDSecureResult Card(bool shifted, bool possible, string status, string enrolled) => new(true, shifted, possible, status, enrolled);

    public static readonly IReadOnlyDictionary<string, ThreeDSecureResult> Results = new Dictionary<string, ThreeDSecureResult>(StringComparer.Ordinal)
    {
        [Authenticated] = Card(true, true, "AUTHENTICATE_SUCCESSFUL", "YES"),
        [FrictionlessAuthenticated] = Card(true, true, "AUTHENTICATE_SUCCESSFUL", "YES"),
        [ChallengeAuthenticated] = Card(true, true, "AUTHENTICATE_SUCCESSFUL", "YES"),
        [AttemptsNotParticipating] = Card(true, true, "AUTHENTICATE_SUCCESSFUL_ISSUER_NOT_PARTICIPATING", "YES"),
        [FailedAuthentication] = Card(false, true, "AUTHENTICATE_FAILED", "YES"),
        [FailedSignature] = Card(false, true, "AUTHENTICATE_SIGNATURE_VERIFICATION_FAILED", "YES"),
        [NotEnrolled] = Card(false, false, "AUTHENTICATION_UNAVAILABLE", "NO"),
        [Unavailable] = Card(false, false, "AUTHENTICATION_UNAVAILABLE", "UNAVAILABLE"),
        [Bypassed] = Card(false, false, "AUTHENTICATION_BYPASSED", "BYPASS"),
        [LookupTimeout] = Card(false, false, "LOOKUP_ERROR", "UNAVAILABLE"),
        [LookupError] = Card(false, false, "LOOKUP_ERROR", "UNAVAILABLE"),
        [LookupTimeoutTwo] = Card(false, false, "LOOKUP_ERROR", "UNAVAILABLE"),
        [MpiLookupError] = Card(false, false, "LOOKUP_ERROR", "ERROR"),
        [MpiAuthenticateError] = Card(false, true, "AUTHENTICATE_ERROR", "YES"),
        [AuthenticationUnavailable] = Card(false, true, "AUTHENTICATE_UNABLE_TO_AUTHENTICATE", "YES"),
    };
}
