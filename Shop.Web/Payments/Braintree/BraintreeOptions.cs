namespace Shop.Web.Payments.Braintree;

/// <summary>
/// "Shop:Payments:Braintree". Keys come from the environment (Shop__Payments__Braintree__PrivateKey=…), never from
/// appsettings.json. With any of PublicKey, PrivateKey or MerchantId empty the simulated gateway is used.
/// </summary>
public sealed class BraintreeOptions
{
    public const string Section = "Shop:Payments:Braintree";

    /// <summary>Sandbox or Production; ignored when <see cref="Endpoint"/> is set.</summary>
    public string Environment { get; set; } = "Sandbox";
    /// <summary>An explicit GraphQL URL (tests point this at a local fake).</summary>
    public string? Endpoint { get; set; }
    public string PublicKey { get; set; } = "";
    public string PrivateKey { get; set; } = "";
    public string MerchantId { get; set; } = "";
    /// <summary>Selects the settlement currency; the merchant's default account when empty.</summary>
    public string? MerchantAccountId { get; set; }
    /// <summary>The API version we speak (Braintree-Version header).</summary>
    public string Version { get; set; } = "2019-01-01";
    public int TimeoutSeconds { get; set; } = 20;
    /// <summary>Simulated gateway only: how long a charge stays SUBMITTED_FOR_SETTLEMENT before it counts as SETTLED.</summary>
    public int SimulatedSettlementSeconds { get; set; } = 60;

    /// <summary>Offer PayPal (braintree-web's paypal-checkout, one-time) beside the card form; PayPal nonces are refused when off.</summary>
    public bool PayPal { get; set; }
    /// <summary>Ask for a saved card's CVV again at Pay; it is sent with the charge and a mismatch is refused.</summary>
    public bool SavedCardCvv { get; set; }

    public bool HasKeys =>
        !string.IsNullOrWhiteSpace(PublicKey) && !string.IsNullOrWhiteSpace(PrivateKey) && !string.IsNullOrWhiteSpace(MerchantId);

    public TimeSpan Timeout => TimeSpan.FromSeconds(Math.Clamp(TimeoutSeconds, 1, 120));

    public Uri GraphQlEndpoint => !string.IsNullOrWhiteSpace(Endpoint)
        ? new Uri(Endpoint, UriKind.Absolute)
        : Environment.Trim().ToLowerInvariant() switch
        {
            "production" => new Uri("https://payments.braintree-api.com/graphql"),
            "sandbox" => new Uri("https://payments.sandbox.braintree-api.com/graphql"),
            _ => throw new InvalidOperationException($"{Section}:Environment must be Sandbox or Production, not '{Environment}'."),
        };
}
