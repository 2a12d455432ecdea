namespace Shop.Web.Payments;

/// <summary>A card in Braintree's vault, as the shopper recognises it. The shop keeps only <see cref="Id"/>'s owner's customer id.</summary>
public sealed record SavedCard(string Id, string Brand, string LastFour, string ExpiryMonth, string ExpiryYear)
{
    public string Label => $"{Brand} ending {LastFour}";

    public string Expiry => $"{ExpiryMonth}/{ExpiryYear}";
}
