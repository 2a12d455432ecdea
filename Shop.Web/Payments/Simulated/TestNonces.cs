namespace Shop.Web.Payments.Simulated;

/// <summary>
/// Payment method nonces the simulated gateway understands. The first group are Braintree's own sandbox nonces;
/// the last group are our additions, marked as such. The payment page lists them when no keys are configured.
/// </summary>
public static class TestNonces
{
    public const string Valid = "fake-valid-nonce";
    public const string ValidVisa = "fake-valid-visa-nonce";
    public const string ValidMastercard = "fake-valid-mastercard-nonce";
    public const string ValidAmex = "fake-valid-amex-nonce";
    public const string ValidDiscover = "fake-valid-discover-nonce";
    public const string PayPalOneTime = "fake-paypal-one-time-nonce";
    /// <summary>Ours: the payer the simulated gateway reports for <see cref="PayPalOneTime"/>.</summary>
    public const string PayPalPayerEmail = "payer@example.com";
    /// <summary>Validation error 91564, as in the sandbox.</summary>
    public const string Consumed = "fake-consumed-nonce";
    /// <summary>Validation error 81715 (credit card number is invalid).</summary>
    public const string LuhnInvalid = "fake-luhn-invalid-nonce";

    /// <summary>
    /// Our addition: declined 2000 "Do Not Honor" at any amount. (In the real sandbox this nonce fails card
    /// verifications only; sales are decided by the amount.)
    /// </summary>
    public const string ProcessorDeclined = "fake-processor-declined-visa-nonce";
    /// <summary>Our addition: FAILED with processor code 3000 at any amount.</summary>
    public const string ProcessorFailure = "fake-processor-failure-jcb-nonce";
    /// <summary>Our addition: gateway-rejected for FRAUD at any amount (the sandbox needs fraud tools for this).</summary>
    public const string GatewayRejectedFraud = "fake-gateway-rejected-fraud-nonce";
    /// <summary>
    /// Ours only: the charge goes through but the answer is lost (<see cref="ChargeResult.OutcomeUnknown"/>), so a
    /// reconciler must find it by order id.
    /// </summary>
    public const string Timeout = "fake-timeout-nonce";
    /// <summary>Ours only: the gateway is unreachable, nothing is charged (<see cref="ChargeResult.Unavailable"/>).</summary>
    public const string Unavailable = "fake-unavailable-nonce";

    /// <summary>Nonces that pay (subject to the test amounts).</summary>
    public static readonly IReadOnlySet<string> Paying = new HashSet<string>(
    [
        Valid, ValidVisa, ValidMastercard, ValidAmex, ValidDiscover, PayPalOneTime,
        "fake-valid-jcb-nonce", "fake-valid-maestro-nonce", "fake-valid-dinersclub-nonce", "fake-valid-debit-nonce",
        "fake-valid-prepaid-nonce", "fake-valid-commercial-nonce", "fake-valid-healthcare-nonce",
        "fake-valid-payroll-nonce", "fake-valid-durbin-regulated-nonce",
        ..ThreeDSecureNonces.Results.Keys,
    ], StringComparer.Ordinal);

    /// <summary>Our processor-declined additions: the sandbox's per-brand variants all decline 2000.</summary>
    public static readonly IReadOnlySet<string> Declining = new HashSet<string>(StringComparer.Ordinal)
    {
        ProcessorDeclined, "fake-processor-declined-mastercard-nonce", "fake-processor-declined-amex-nonce",
        "fake-processor-declined-discover-nonce",
    };
}
