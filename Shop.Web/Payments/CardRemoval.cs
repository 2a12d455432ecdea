namespace Shop.Web.Payments;

/// <summary>What became of removing a saved card.</summary>
public enum CardRemoval
{
    Removed,
    /// <summary>Not one of the shopper's cards (someone else's, already gone, or made up).</summary>
    NotFound,
    /// <summary>Braintree could not be reached or refused; the card is still saved.</summary>
    Unavailable,
}
