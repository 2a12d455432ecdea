using Shop.Domain.Ordering;
using Shop.Web.Languages;

namespace Shop.Web.Checkout;

/// <summary>
/// Why an order cannot be placed as asked, in the shopper's language: the domain writes it in English (shipping not
/// offered to an address), read back by its templates with the method and the country translated too.
/// </summary>
public static class CheckoutRefusals
{
    private static readonly StoredSentences Known = new(OrderTotals.Refusals);

    public static string InShoppersLanguage(string refusal) => Known.Translate(refusal, ShopText.Translate) ?? ShopText.Translate(refusal);
}
