using Shop.Domain;
using Shop.Domain.Markets;
using Shop.Domain.Ordering;
using Shop.Web.Languages;

namespace Shop.Web.Shared;

/// <summary>
/// The tax rows every total shows (cart, review, confirmation, order pages, mails, invoice): one per rate and country,
/// "Includes VAT 19%" with tax-inclusive prices, or why an EU business pays no VAT (<see cref="VatNotChargedWording"/>). When one order owes tax
/// in two countries each row names its own: "Includes VAT 20% (AT)", "Includes VAT 20% (FR)".
/// </summary>
public static partial class TaxRows
{
    public const string ReverseCharge = "Reverse charge: VAT to be accounted for by the buyer";

    /// <param name="sellerCountry">The shop's country, whose law the row of VAT not charged cites (<see cref="VatNotChargedWording"/>).</param>
    public static IReadOnlyList<(string Label, string Amount)> Of(OrderTotals t, string? sellerCountry) =>
        Of(t.TaxIncluded, t.Taxes?.ReverseCharge == true, Labelled(t.Taxes?.Rates.Select(r => (r.Label, r.Country, r.Tax)) ?? [], ""), t.Tax, t.VatTakenOff,
            VatNotChargedWording.Row(t.VatNotCharged, sellerCountry));

    /// <param name="notCharged">The label of the row of VAT not charged in the page's language (the invoice says "VAT not charged" and why
    /// below); null: why, as <see cref="VatNotChargedWording"/> says it.</param>
    public static IReadOnlyList<(string Label, string Amount)> Of(Order o, string? sellerCountry, string? notCharged = null) =>
        Of(o.TaxIncluded, o.ReverseCharge, Labelled(o.TaxLines.Select(r => (r.Label, r.Country, r.Tax)), o.ShippingAddress.CountryCode), o.Tax, o.VatTakenOff,
            notCharged ?? VatNotChargedWording.Row(VatNotCharged.Of(o), sellerCountry));

    /// <summary>Each rate's label, with its country when the rows name more than one (<see cref="TaxAtRate.NamesCountries"/>).</summary>
    private static IEnumerable<(string Label, Money Tax)> Labelled(IEnumerable<(string Label, string? Country, Money Tax)> rates, string destination)
    {
        var list = rates.ToList();
        var named = TaxAtRate.NamesCountries(list.Select(r => r.Country), destination);
        return list.Select(r => (named ? TaxAtRate.LabelIn(r.Label, r.Country ?? destination) : r.Label, r.Tax));
    }

    /// <param name="takenOff">The VAT within tax-inclusive prices a reverse-charged buyer does not pay, taken off in the
    /// reverse-charge row so the rows add up.</param>
    private static IReadOnlyList<(string Label, string Amount)> Of(bool included, bool reverseCharge,
        IEnumerable<(string Label, Money Tax)>? rates, Money total, Money takenOff, string notChargedLabel)
    {
        var list = rates?.ToList() ?? [];
        // No VAT on some lines (goods to or digital goods billed to the buyer's country): why, then the others' tax.
        if (reverseCharge)
        {
            return [(notChargedLabel, takenOff.IsZero ? takenOff.ToString() : "−" + takenOff), .. list.Select(r => Row(included, r))];
        }
        // Orders from before tax per rate have only their total.
        if (list.Count == 0) return total.IsZero ? [] : [(ShopText.Translate(included ? "Includes tax" : "Tax"), total.ToString())];
        return list.Select(r => Row(included, r)).ToList();
    }

    private static (string Label, string Amount) Row(bool included, (string Label, Money Tax) r) =>
        (included ? Included(r.Label) : InLanguage(r.Label), r.Tax.ToString());

    /// <summary>"Includes VAT 19%"; a rate named "Tax 8%" reads "Includes tax 8%".</summary>
    private static string Included(string label) =>
        InLanguage(label) is var local && label.StartsWith("Tax ", StringComparison.Ordinal)
            ? ShopText.Translate("Includes tax") + local[local.IndexOf(' ')..]
            : ShopText.Translate("Includes {0}", local);

    /// <summary>
    /// A stored label ("VAT 19%", "VAT 20% (AT)", <see cref="TaxAtRate.LabelOf"/>) as the page's language writes it: the
    /// tax's name translated where the shop knows it ("MwSt. 19 %", "TVA 20 %"), the rate in the language's numbers.
    /// A name staff chose that the shop has no words for stays as they wrote it.
    /// </summary>
    public static string InLanguage(string label)
    {
        var match = StoredLabel().Match(label);
        if (!match.Success) return label;
        var rate = decimal.Parse(match.Groups["rate"].Value, System.Globalization.CultureInfo.InvariantCulture) / 100m;
        return $"{ShopText.Translate(match.Groups["name"].Value)} {Percent(rate)}{match.Groups["rest"].Value}";
    }

    /// <summary>A rate as the page's language writes it: 0.19 is "19%" in English, "19 %" in German and French (never parted at a line end).</summary>
    public static string Percent(decimal rate)
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        return (rate * 100m).ToString("0.###", culture) + (culture.TwoLetterISOLanguageName is "de" or "fr" ? "\u00A0%" : "%");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<name>.+?) (?<rate>[0-9]+(\.[0-9]+)?)%(?<rest>.*)$")]
    private static partial System.Text.RegularExpressions.Regex StoredLabel();
}
