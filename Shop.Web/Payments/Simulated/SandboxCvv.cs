namespace Shop.Web.Payments.Simulated;

/// <summary>
/// Braintree's sandbox CVV test values: 200 does not match (N), 201 is not verified (U), 301 the issuer does not take
/// part (S), any other matches (M). The simulated gateway acts as an account whose CVV rule rejects "does not match":
/// the charge is gateway-rejected with reason CVV. In test mode the page posts the typed digits as the "tokenized" CVV.
/// </summary>
public static class SandboxCvv
{
    public const string DoesNotMatch = "200";
    public const string NotVerified = "201";
    public const string IssuerDoesNotParticipate = "301";

    public static bool IsRejected(string tokenizedCvv) => tokenizedCvv.Trim() == DoesNotMatch;
}
