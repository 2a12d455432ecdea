using Shop.Web.Languages;

namespace Shop.Web.Admin.Markets;

/// <summary>The domain's refusals of a zone or a shipping method (Shop.Domain.Markets, in English), in the page's language.</summary>
public static class MarketSentences
{
    // The domain's sentences with values, each with its values as {0}, {1}: keys of ShopText.
    private static readonly StoredSentences Templates = new(
    [
        "'{0}' is not a country code (two letters, e.g. DE).",
        "{0} is already in the zone {1}: a place belongs to one zone (a zone of regions may sit within a whole country's).",
        "'{0}' is not a band: write from=price, e.g. 2000=6.95.",
        "'{0}': a band's price is at most 1,000,000.",
        "Two bands start at {0}.",
        "Amounts in {0} have no decimals.",
        "Use at most {0} decimals.",
    ]);

    // Sentences that end with another of the domain's sentences ("Price bands: Use at most two decimals.").
    private static readonly string[] Leads = ["Price bands: ", "Free shipping from: "];

    public static string Translate(string message)
    {
        foreach (var lead in Leads)
            if (message.StartsWith(lead, StringComparison.Ordinal))
                return ShopText.Translate(lead + "{0}", Translate(message[lead.Length..]));
        return Templates.Translate(message) ?? ShopText.Translate(message);
    }
}
