using Shop.Domain.Cart;
using Shop.Domain.Markets;
using Shop.Domain.Ordering;
using Shop.Web.Languages;

namespace Shop.Web.Checkout;

/// <summary>
/// Step one. <see cref="Offers"/>: the shipping methods for the form's country (none: the shop does not ship there). A
/// cart of digital goods only (<see cref="PricedCart.ShipsNothing"/>) is asked for the billing address alone.
/// </summary>
public sealed record AddressPage(CheckoutForm Form, PricedCart Cart, bool AskForEmail, IReadOnlyList<ShippingOffer> Offers,
    IReadOnlyList<Account.SavedAddress> SavedAddresses);

/// <summary>The review-and-pay page. <see cref="AttemptKey"/> goes back with the payment form (exactly-once).</summary>
public sealed record ReviewPage(
    CheckoutDraft Draft,
    PricedCart Cart,
    OrderTotals Totals,
    string? DiscountCode,
    Guid AttemptKey,
    bool TestMode,
    string? ClientToken,
    string Quote,
    string? Error,
    IReadOnlyList<Payments.SavedCard> SavedCards,
    bool MaySaveCard)
{
    /// <summary>Offer PayPal beside the card form (Shop:Payments:Braintree:PayPal).</summary>
    public bool PayPal { get; init; }
    /// <summary>Ask for a saved card's CVV (Shop:Payments:Braintree:SavedCardCvv).</summary>
    public bool AsksCvv { get; init; }
    /// <summary>The name the shop gives the chosen shipping there ("Ground"), as step one showed it.</summary>
    public string? ShippingName { get; init; }
    /// <summary>Why the code in the cart takes nothing off (translated), shown with a way to remove it; null when it applies or there is none.</summary>
    public string? CodeProblem { get; init; }
    /// <summary>The shop would refuse the order with this code (<see cref="Order.Place"/>): no Pay until it is removed or applies again.</summary>
    public bool CodeRefused { get; init; }
    /// <summary>Lines the review brought down to what can be bought now (translated sentences), so the shopper knows before paying.</summary>
    public IReadOnlyList<string> CartChanges { get; init; } = [];
}

public sealed record TestCard(string Nonce, string Label, string Outcome);

/// <summary>
/// The order just placed: <see cref="ArrivesBy"/> from the shop's delivery promise, <see cref="OrderLink"/> the page to
/// come back to (the account's order page, or for a guest this page, which this browser may open). A guest is offered
/// an account (<see cref="AccountForm"/>, null otherwise); <see cref="EmailTaken"/> when the order's email has one already.
/// </summary>
public sealed record ConfirmationPage(Order Order, DateOnly ArrivesBy, string Promise, string OrderLink, bool TestMode,
    GuestAccountForm? AccountForm = null, bool EmailTaken = false);
