namespace Shop.Web.Checkout;

/// <summary>
/// How the shopper pays: <see cref="Nonce"/> is a one-time nonce from the card form, or a saved card's id checked to be
/// theirs (<see cref="IsOwnSavedCard"/>; the gateway's record of any other saved method's id refuses it before a
/// charge); <see cref="SaveToCustomerId"/> is their Braintree customer when they ticked "Save this card";
/// <see cref="TokenizedCvv"/> the saved card's CVV typed again, where the shop asks for it.
/// </summary>
public sealed record PaymentChoice(string Nonce, string? SaveToCustomerId, string? TokenizedCvv = null, bool IsOwnSavedCard = false)
{
    /// <summary>Nothing to pay: no card was asked for.</summary>
    public static readonly PaymentChoice None = new("", null);
}
