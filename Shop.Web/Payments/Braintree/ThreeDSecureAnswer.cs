using System.Text.Json;
using Shop.Domain.Ordering;

namespace Shop.Web.Payments.Braintree;

/// <summary>Reads a PaymentMethod node's details.threeDSecure.authentication into a <see cref="ThreeDSecureResult"/>.</summary>
internal static class ThreeDSecureAnswer
{
    /// <summary>The lookup for a PaymentMethod node: a PayPal account (with its payer's email) or a card and its 3-D Secure result.</summary>
    public static ThreeDSecureLookup.Found Found(JsonElement paymentMethod) =>
        (paymentMethod.TryGetProperty("details", out var details) && BraintreeGateway.Json.Text(details, "__typename") == "PayPalAccountDetails"
            ? new ThreeDSecureLookup.Found(ThreeDSecureResult.NotACard) { Method = PaymentMethod.PayPal, PayerEmail = BraintreeGateway.Json.Text(details, "email") }
            : new ThreeDSecureLookup.Found(Of(paymentMethod))) with { IsSaved = BraintreeGateway.Json.Text(paymentMethod, "usage") == "MULTI_USE" };

    public static ThreeDSecureResult Of(JsonElement paymentMethod)
    {
        if (!paymentMethod.TryGetProperty("details", out var details) || BraintreeGateway.Json.Text(details, "__typename") != "CreditCardDetails")
            return ThreeDSecureResult.NotACard;
        if (!details.TryGetProperty("threeDSecure", out var secure) || secure.ValueKind != JsonValueKind.Object
            || !secure.TryGetProperty("authentication", out var auth) || auth.ValueKind != JsonValueKind.Object)
            return ThreeDSecureResult.NotRun;
        return new ThreeDSecureResult(true, Flag(auth, "liabilityShifted"), Flag(auth, "liabilityShiftPossible"),
            BraintreeGateway.Json.Text(auth, "authenticationStatus"), BraintreeGateway.Json.Text(auth, "cardEnrolled"));
    }

    private static bool Flag(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;
}
