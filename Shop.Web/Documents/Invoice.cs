using Shop.Domain.Ordering;
using Shop.Web.Languages;
using Shop.Web.Shared;

namespace Shop.Web.Documents;

/// <summary>
/// The invoice of a paid order, in the order's language: who sold (with tax number and register), to whom (with an EU
/// business's VAT number), when it was issued (the day its number was given) and supplied, what, the money as charged (and refunded before it was issued), the tax per rate with the
/// net it is on, why an EU business paid no VAT, and to a business the payment terms (<see cref="PaymentTerms"/>).
/// </summary>
public static class Invoice
{
    private static readonly PrintedColumn[] Columns = [new(0.40), new(0.17), new(0.09, Right: true), new(0.17, Right: true), new(0.17, Right: true)];
    private static readonly PrintedColumn[] Totals = [new(0.72), new(0.28, Right: true)];
    /// <summary>The totals row of the VAT a reverse-charged business does not pay; the notes under the tax say why.</summary>
    private const string NotCharged = "VAT not charged";

    public static void Print(PrintedDocument doc, Order order, PrintedBusiness shop)
    {
        var number = shop.InvoiceLabel(order.InvoiceNumber ?? throw new InvalidOperationException($"Order {order.Number} has no invoice number yet."));
        doc.NewPage();
        doc.Title(T("Invoice {0}", number));
        doc.Beside(shop.Letterhead,
            [T("Invoice {0}", number), T("Invoice date {0}", PrintedDates.Day(order.InvoiceDate!.Value)), T("Order {0}", order.Number), T("Order date {0}", PrintedDates.Day(order.PlacedAt)),
             .. SupplyLines(order)]);
        doc.Gap();
        PrintedBuyer.Print(doc, order);
        if (order.BillingAddress is not null && !order.ShipsNothing)
        {
            doc.Gap();
            doc.Line(T("Ship to"), bold: true);
            foreach (var line in PrintedAddress.Of(order.ShippingAddress)) doc.Line(line);
        }
        doc.Gap();
        doc.Row(Columns, [T("Item"), T("SKU"), T("Qty"), T("Unit price"), T("Amount")], bold: true, ruleBelow: true);
        foreach (var l in order.Lines)
            doc.Row(Columns, [l.DisplayName, l.Sku, l.Quantity.ToString(), l.UnitPrice.ToString(), l.LineTotal.ToString()]);
        doc.Rule();
        // The same rows as the shopper's confirmation, mails and order page (one tax row per rate and country), except
        // that tax within the prices follows the total (as the table of rates, where the seller is in the EU or prices
        // include tax); tax on top, or the VAT a reverse-charged buyer does not pay, comes before it.
        var within = order.TaxIncluded && !order.ReverseCharge;
        var rows = OrderTotalsRows.Of(order, shop.Country, "-", T(NotCharged));
        foreach (var (_, label, amount) in rows.Where(r => r.Kind != OrderTotalsRow.Total && !(within && r.Kind == OrderTotalsRow.Tax)))
            doc.Row(Totals, [label, amount]);
        doc.Row(Totals, [T("Total"), order.Total.ToString()], bold: true);
        if (VatBreakdown.Shows(order, shop))
        {
            doc.Gap(6);
            VatBreakdown.Print(doc, order);
        }
        else if (within) foreach (var (_, label, amount) in rows.Where(r => r.Kind == OrderTotalsRow.Tax)) doc.Row(Totals, [label, amount]);
        var notes = VatNotChargedWording.Notes(VatNotCharged.Of(order), shop.Country);
        if (notes.Count > 0) doc.Gap(4);
        foreach (var note in notes) doc.Line(T(note));
        // Refunds made after the invoice was issued are on their credit notes: the invoice stays as it was issued.
        if (!order.RefundedOnInvoice.IsZero)
        {
            doc.Gap(6);
            doc.Row(Totals, [T("Refunded"), PrintedRefunds.Back(order.RefundedOnInvoice)]);
            if (!order.Tax.IsZero) doc.Row(Totals, [T("Of which tax"), PrintedRefunds.Back(order.TaxRefundedOnInvoice)]);
        }
        doc.Gap();
        doc.Line(order.IsFreeOfCharge ? T("Nothing was charged: a discount covered the whole order.")
            : order.PaymentMethod == PaymentMethod.PayPal ? T("Paid with PayPal (transaction {0}).", order.PaymentTransactionId ?? "")
            : T("Paid by card (transaction {0}).", order.PaymentTransactionId ?? ""));
        if (shop.PaymentTerms is { } terms && PaymentTerms.AreFor(order))
        {
            doc.Gap(6);
            foreach (var line in terms.Lines(Supply.PaidAt(order))) doc.Line(line);
        }
    }

    /// <summary>
    /// The day the order was shipped (or sent, for digital goods). Printed before that, the invoice is for a payment in
    /// advance: it says the supply is still to come and the day the money was received (§ 14 (4) Nr. 6 and (5) UStG,
    /// art. 242 nonies A CGI), not a month the supply may yet miss. Printed again after dispatch, it names the day.
    /// </summary>
    private static string[] SupplyLines(Order order) =>
        Supply.ShippedAt(order) is { } shipped ? [T("Date of supply {0}", PrintedDates.Day(shipped))]
        : order.IsFreeOfCharge ? [T("Date of supply: not yet supplied")]
        : [T("Paid in advance on {0}", PrintedDates.Day(Supply.PaidAt(order))), T("Date of supply: not yet supplied")];

    private static string T(string english) => ShopText.Translate(english);
    private static string T(string english, params object[] values) => ShopText.Translate(english, values);
}
