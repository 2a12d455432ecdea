using Shop.Domain.Ordering;
using Shop.Web.Languages;
using Shop.Web.Shared;

namespace Shop.Web.Documents;

/// <summary>
/// The credit note of one refund made after the order's invoice was issued, in the order's language: its own number and
/// date, the invoice it corrects (number and date), seller and buyer as on the invoice, the money going back with the
/// tax per rate within it (<see cref="RefundByRate"/>), and why.
/// </summary>
public static class CreditNote
{
    private static readonly PrintedColumn[] Totals = [new(0.72), new(0.28, Right: true)];

    public static void Print(PrintedDocument doc, Order order, OrderRefund refund, PrintedBusiness shop)
    {
        var number = shop.CreditNoteLabel(refund.CreditNoteNumber ?? throw new InvalidOperationException($"A refund of order {order.Number} has no credit note number yet."));
        var invoice = shop.InvoiceLabel(order.InvoiceNumber ?? throw new InvalidOperationException($"Order {order.Number} has no invoice to correct."));
        doc.NewPage();
        doc.Title(T("Credit note {0}", number));
        doc.Beside(shop.Letterhead,
            [T("Credit note {0}", number), T("Credit note date {0}", PrintedDates.Day(refund.CreditNoteDate!.Value)),
             T("Order {0}", order.Number), T("Refunded on {0}", PrintedDates.Day(refund.RefundedAt))]);
        doc.Gap(6);
        doc.Line(T("Corrects invoice {0} of {1}", invoice, PrintedDates.Day(order.InvoiceDate!.Value)), bold: true);
        doc.Gap();
        PrintedBuyer.Print(doc, order);
        doc.Gap();
        doc.Line(T("Reason: {0}", PrintedRefunds.Reason(refund)));
        doc.Gap();
        var rows = RefundByRate.Of(order, refund);
        if (rows.Count > 0)
        {
            VatBreakdown.Print(doc, order, rows);
            doc.Rule();
        }
        doc.Row(Totals, [T("Total refunded"), PrintedRefunds.Back(refund.Amount)], bold: true);
        if (!refund.Tax.IsZero) doc.Row(Totals, [T("Of which tax"), PrintedRefunds.Back(refund.Tax)]);
        var notes = VatNotChargedWording.Notes(VatNotCharged.Of(order), shop.Country);
        if (notes.Count > 0) doc.Gap(4);
        foreach (var note in notes) doc.Line(T(note));
        doc.Gap();
        doc.Line(order.PaymentTransactionId is { } txn
            ? T("Refunded to the payment of the order (transaction {0}).", txn)
            : T("Refunded to the payment of the order."));
    }

    private static string T(string english) => ShopText.Translate(english);
    private static string T(string english, params object[] values) => ShopText.Translate(english, values);
}
