using Shop.Domain;
using Shop.Domain.Markets;
using Shop.Domain.Ordering;
using Shop.Web.Languages;
using Shop.Web.Shared;

namespace Shop.Web.Documents;

/// <summary>
/// The invoice's tax per rate and country with the net it is on (§ 14 (4) no. 7-8 UStG, Art. 226 VAT Directive): each
/// rate's net, tax and gross, and at 0 % what bore none (zero-rated, tax-exempt or reverse charged).
/// </summary>
public static class VatBreakdown
{
    private static readonly PrintedColumn[] Columns = [new(0.34), new(0.22, Right: true), new(0.22, Right: true), new(0.22, Right: true)];

    /// <summary>
    /// Where the seller is in the EU, prices include tax or an EU business paid none; not for a US shop's tax on top,
    /// whose rows above the total say it all, nor for orders from before the tax was kept per rate.
    /// </summary>
    public static bool Shows(Order order, PrintedBusiness shop) =>
        (shop.InEu || order.TaxIncluded || order.ReverseCharge) && !(order.TaxLines.Count == 0 && !order.Tax.IsZero);

    public static void Print(PrintedDocument doc, Order order)
    {
        var named = NamesCountries(order);
        Header(doc);
        foreach (var t in order.TaxLines)
            doc.Row(Columns, [Rate(t.Rate, named ? t.CountryOn(order) : null), t.Base.ToString(), t.Tax.ToString(), (t.Base + t.Tax).ToString()]);
        var untaxed = order.TaxLines.Aggregate(order.Total, (left, t) => left - t.Base - t.Tax);
        if (!untaxed.IsZero || order.TaxLines.Count == 0)
            doc.Row(Columns, [Rate(0m, null), untaxed.ToString(), Money.Zero(order.Currency).ToString(), untaxed.ToString()]);
    }

    /// <summary>A refund's part at each rate (<see cref="RefundByRate"/>), as money going back.</summary>
    public static void Print(PrintedDocument doc, Order order, IReadOnlyList<RefundAtRate> rows)
    {
        var named = NamesCountries(order);
        Header(doc);
        foreach (var r in rows)
            doc.Row(Columns, [Rate(r.Rate, named ? r.Country : null), PrintedRefunds.Back(r.Net), PrintedRefunds.Back(r.Tax), PrintedRefunds.Back(r.Gross)]);
    }

    private static bool NamesCountries(Order order) =>
        TaxAtRate.NamesCountries(order.TaxLines.Select(t => t.Country), order.ShippingAddress.CountryCode);

    private static void Header(PrintedDocument doc) =>
        doc.Row(Columns, [ShopText.Translate("Tax rate"), ShopText.Translate("Net"), ShopText.Translate("Tax amount"), ShopText.Translate("Gross")],
            bold: true, ruleBelow: true);

    /// <summary>The rate in the document's language (<see cref="TaxRows.Percent"/>), "20 % (AT)" where rows name their country.</summary>
    private static string Rate(decimal rate, string? country) => country is null ? TaxRows.Percent(rate) : $"{TaxRows.Percent(rate)} ({country})";
}
