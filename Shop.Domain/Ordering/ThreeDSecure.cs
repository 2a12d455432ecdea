namespace Shop.Domain.Ordering;

/// <summary>When the shop asks for 3-D Secure (Shop:Payments:ThreeDSecure).</summary>
public enum ThreeDSecurePolicy
{
    /// <summary>Never: cards are charged without it.</summary>
    Off,
    /// <summary>Always run it; the bank decides whether to challenge. Cards outside 3-D Secure are still charged.</summary>
    WhenRequired,
    /// <summary>Only cards whose bank confirmed the cardholder (liability shifted) are charged.</summary>
    Always,
}

/// <summary>What the gateway (never the browser) says about a payment method's 3-D Secure authentication.</summary>
/// <param name="IsCard">False for PayPal and other methods 3-D Secure does not apply to.</param>
/// <param name="Status">The authentication status (e.g. AUTHENTICATE_SUCCESSFUL, LOOKUP_ERROR); null when none was run.</param>
/// <param name="Enrolled">Whether the card takes part: YES, NO, UNAVAILABLE, BYPASS, ERROR; null when none was run.</param>
public sealed record ThreeDSecureResult(bool IsCard, bool LiabilityShifted, bool LiabilityShiftPossible, string? Status, string? Enrolled)
{
    public static readonly ThreeDSecureResult NotACard = new(false, false, false, null, null);
    public static readonly ThreeDSecureResult NotRun = new(true, false, false, null, null);
}

/// <summary>The 3-D Secure outcome an order records, for staff.</summary>
public enum ThreeDSecureOutcome
{
    /// <summary>The policy is Off: nobody asked.</summary>
    NotChecked,
    /// <summary>The bank confirmed the cardholder: liability for fraud is with the bank.</summary>
    Authenticated,
    /// <summary>The bank could not confirm the cardholder (a failed or rejected challenge).</summary>
    Failed,
    /// <summary>The bank asked for a challenge that was not completed.</summary>
    Incomplete,
    /// <summary>The card or its bank does not take part in 3-D Secure: no liability shift.</summary>
    NotEnrolled,
    /// <summary>3-D Secure could not be run (lookup or server error): no liability shift.</summary>
    Error,
    /// <summary>A card that never went through 3-D Secure.</summary>
    NotRun,
    /// <summary>Not a card (PayPal…): 3-D Secure does not apply.</summary>
    NotApplicable,
}

/// <summary>Charge or refuse, and what the order records. <see cref="Refusal"/> is the shopper's sentence when refused.</summary>
public sealed record ThreeDSecureDecision(bool Charge, ThreeDSecureOutcome Outcome, string? Refusal);

/// <summary>The one place that decides whether a card may be charged after 3-D Secure.</summary>
public static class ThreeDSecureRules
{
    private static readonly HashSet<string> FailedStatuses = new(StringComparer.OrdinalIgnoreCase)
    {
        "AUTHENTICATE_FAILED", "AUTHENTICATE_REJECTED", "AUTHENTICATE_FRICTIONLESS_FAILED", "AUTHENTICATE_SIGNATURE_VERIFICATION_FAILED",
    };

    private static readonly HashSet<string> IncompleteStatuses = new(StringComparer.OrdinalIgnoreCase)
    {
        "CHALLENGE_REQUIRED", "LOOKUP_ENROLLED",
    };

    private static readonly HashSet<string> ErrorStatuses = new(StringComparer.OrdinalIgnoreCase)
    {
        "LOOKUP_ERROR", "LOOKUP_SERVER_ERROR", "LOOKUP_CARD_ERROR", "LOOKUP_FAILED_ACS_ERROR", "MPI_SERVER_ERROR",
        "AUTHENTICATE_ERROR", "AUTHENTICATE_FAILED_ACS_ERROR", "AUTHENTICATE_UNABLE_TO_AUTHENTICATE",
    };

    public const string FailedMessage =
        "Your bank could not confirm it was you (3-D Secure). You have not been charged; try again or use another card.";
    public const string IncompleteMessage =
        "Your bank's security check (3-D Secure) was not completed. You have not been charged; please pay again and finish the check.";
    public const string RequiredMessage =
        "This shop only accepts cards confirmed by your bank (3-D Secure), and this card could not be. You have not been charged; try another card.";
    public const string ErrorMessage =
        "Your bank's security check (3-D Secure) could not be reached. You have not been charged; please try again in a few minutes or use another card.";

    /// <summary>Classifies the gateway's answer; the policy then only decides which outcomes are charged.</summary>
    public static ThreeDSecureOutcome Classify(ThreeDSecureResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.IsCard) return ThreeDSecureOutcome.NotApplicable;
        // Shifted is also true when the card brand takes part but the issuer does not ("attempts"): the bank carries the risk.
        if (result.LiabilityShifted) return ThreeDSecureOutcome.Authenticated;
        var status = result.Status ?? "";
        if (FailedStatuses.Contains(status)) return ThreeDSecureOutcome.Failed;
        if (IncompleteStatuses.Contains(status)) return ThreeDSecureOutcome.Incomplete;
        if (ErrorStatuses.Contains(status) || result.Enrolled is "ERROR") return ThreeDSecureOutcome.Error;
        if (result.Status is null && result.Enrolled is null) return ThreeDSecureOutcome.NotRun;
        // Eligible but not shifted, with a status not listed above: Braintree's advice is to treat it as failed.
        return result.LiabilityShiftPossible ? ThreeDSecureOutcome.Failed : ThreeDSecureOutcome.NotEnrolled;
    }

    /// <param name="result">The gateway's answer; ignored (may be null) when the policy is Off.</param>
    public static ThreeDSecureDecision Decide(ThreeDSecurePolicy policy, ThreeDSecureResult? result)
    {
        if (policy == ThreeDSecurePolicy.Off) return new(true, ThreeDSecureOutcome.NotChecked, null);
        ArgumentNullException.ThrowIfNull(result);
        var outcome = Classify(result);
        var strict = policy == ThreeDSecurePolicy.Always;
        return outcome switch
        {
            ThreeDSecureOutcome.Authenticated or ThreeDSecureOutcome.NotApplicable => new(true, outcome, null),
            ThreeDSecureOutcome.Failed => new(false, outcome, FailedMessage),
            ThreeDSecureOutcome.Incomplete => new(false, outcome, IncompleteMessage),
            // Not the shopper's fault: the bank may still approve the charge; only Always insists on a liability shift.
            ThreeDSecureOutcome.Error => strict ? new(false, outcome, ErrorMessage) : new(true, outcome, null),
            _ => strict ? new(false, outcome, RequiredMessage) : new(true, outcome, null),
        };
    }
}
