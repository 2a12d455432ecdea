using System.Globalization;
using Shop.Domain.Ordering;
using Shop.Web.Languages;

namespace Shop.Web.Payments;

/// <summary>
/// The shopper's sentence when a payment is refused: what happened, and that no money moved. Written in English, as the
/// order's note keeps it, and read back in the shopper's language by these templates.
/// </summary>
public static class PaymentRefusals
{
    public const string Declined = "Your card was declined: {0} (code {1}). You have not been charged; try another card.";
    /// <summary>Braintree's FAILED (processor code 3000): the card's bank was not reached, so the same card may well work.</summary>
    public const string BankUnreachable = "Your card's bank could not be reached. You have not been charged; please try again in a moment.";
    public const string Fraud = "The payment was refused by our fraud checks. You have not been charged.";
    public const string Duplicate = "This looks like a duplicate of a payment made a moment ago. You have not been charged twice.";
    public const string Cvv = "The security code (CVV) did not match. You have not been charged.";
    public const string Avs = "The billing address did not match the card. You have not been charged.";
    public const string Rejected = "The payment was refused ({0}). You have not been charged.";
    public const string Invalid = "Your card details could not be used. You have not been charged; please enter your card again.";
    public const string Unavailable = "The payment service is not available right now. You have not been charged; please try again in a few minutes.";
    public const string Failed = "The payment did not go through. You have not been charged.";
    public const string PayPalOff = "This shop does not take PayPal. You have not been charged; please pay by card.";

    private static readonly StoredSentences Known = new([
        Declined, BankUnreachable, Fraud, Duplicate, Cvv, Avs, Rejected, Invalid, Unavailable, Failed, PayPalOff,
        ThreeDSecureRules.FailedMessage, ThreeDSecureRules.IncompleteMessage, ThreeDSecureRules.RequiredMessage, ThreeDSecureRules.ErrorMessage,
    ]);

    /// <summary>In English; the gateway's own reason (e.g. "Do Not Honor") is kept as the gateway gave it.</summary>
    public static string Explain(ChargeResult result) => result switch
    {
        ChargeResult.Declined { Code: "3000" } => BankUnreachable,
        ChargeResult.Declined d => Write(Declined, d.Message, d.Code),
        ChargeResult.Rejected r => r.Reason switch
        {
            "FRAUD" => Fraud,
            "DUPLICATE" => Duplicate,
            "CVV" => Cvv,
            "AVS" or "AVS_AND_CVV" => Avs,
            "THREE_D_SECURE" => ThreeDSecureRules.FailedMessage,
            _ => Write(Rejected, r.Reason),
        },
        // The gateway's words ("Cannot use a payment_method_nonce more than once") are for the log, not the shopper.
        ChargeResult.Invalid => Invalid,
        ChargeResult.Unavailable => Unavailable,
        _ => Failed,
    };

    /// <summary>A refusal written by <see cref="Explain"/> (or any of these sentences) in the current language; anything else as it is.</summary>
    public static string InShoppersLanguage(string refusal) => Known.Translate(refusal) ?? refusal;

    private static string Write(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);
}
