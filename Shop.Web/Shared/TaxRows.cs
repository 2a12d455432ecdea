using Shop.Domain;
using Shop.Domain.Ordering;
using Shop.Web.Languages;

namespace Shop.Web.Shared;

/// <summary>
/// The tax rows every total shows (cart, review, confirmation, order page, mails): one per rate, "Includes VAT 19%"
/// with tax-inclusive prices, or the reverse-charge note for an EU business.
/// </summary>
public static class TaxRows
{
    public const string ReverseCharge = "Reverse charge: VAT to be accounted for by the buyer";

    public static IReadOnlyList<(string Label, string Amount)> Of(OrderTotals t) =>
        Of(t.TaxIncluded, t.Taxes?.ReverseCharge == true, t.Taxes?.Rates.Select(r => (r.Label, r.Tax)), t.Tax, t.VatTakenOff);

    public static IReadOnlyList<(string Label, string Amount)> Of(Order o) =>
        Of(o.TaxIncluded, o.ReverseCharge, o.TaxLines.Select(r => (r.Label, r.Tax)), o.Tax, o.VatTakenOff);

    /// <param name="takenOff">The VAT within tax-inclusive prices a reverse-charged buyer does not pay, taken off in the
    /// reverse-charge row so the rows add up.</param>
    private static IReadOnlyList<(string Label, string Amount)> Of(bool included, bool reverseCharge,
        IEnumerable<(string Label, Money Tax)>? rates, Money total, Money takenOff)
    {
        var list = rates?.ToList() ?? [];
        // Reverse charge on some lines (digital goods billed to the buyer's country): the note, then the others' tax.
        if (reverseCharge)
        {
            return [(ShopText.Translate(ReverseCharge), takenOff.IsZero ? takenOff.ToString() : "−" + takenOff), .. list.Select(r => Row(included, r))];
        }
        // Orders from before tax per rate have only their total.
        if (list.Count == 0) return total.IsZero ? [] : [(ShopText.Translate(included ? "Includes tax" : "Tax"), total.ToString())];
        return list.Select(r => Row(included, r)).ToList();
    }

    private static (string Label, string Amount) Row(bool included, (string Label, Money Tax) r) =>
        (included ? Included(r.Label) : r.Label, r.Tax.ToString());

    /// <summary>"Includes VAT 19%"; a rate named "Tax 8%" reads "Includes tax 8%".</summary>
    private static string Included(string label) =>
        label.StartsWith("Tax ", StringComparison.Ordinal)
            ? ShopText.Translate("Includes tax") + label[3..]
            : ShopText.Translate("Includes {0}", label);
}
