using Shop.Domain.Ordering;
using Shop.Web.Shared;

namespace Shop.Web.Documents;

/// <summary>The invoice of a paid order: who sold, to whom, what, and the money as charged (and refunded).</summary>
public static class Invoice
{
    private static readonly PrintedColumn[] Columns = [new(0.46), new(0.18), new(0.08, Right: true), new(0.14, Right: true), new(0.14, Right: true)];
    private static readonly PrintedColumn[] Totals = [new(0.72), new(0.28, Right: true)];

    public static void Print(PrintedDocument doc, Order order, PrintedBusiness shop)
    {
        var number = shop.InvoiceLabel(order.InvoiceNumber ?? throw new InvalidOperationException($"Order {order.Number} has no invoice number yet."));
        doc.NewPage();
        doc.Title($"Invoice {number}");
        doc.Beside([.. shop.Lines, .. shop.TaxLines],
            [$"Invoice {number}", $"Date {PrintedDates.Day(order.PlacedAt)}", $"Order {order.Number}"]);
        doc.Gap();
        doc.Line("Bill to", bold: true);
        foreach (var line in PrintedAddress.Of(order.BillTo)) doc.Line(line);
        doc.Line(order.Email);
        if (order.VatNumber is not null) doc.Line($"VAT number: {order.VatNumber}");
        doc.Gap();
        doc.Row(Columns, ["Item", "SKU", "Qty", "Unit price", "Amount"], bold: true, ruleBelow: true);
        foreach (var l in order.Lines)
            doc.Row(Columns, [l.DisplayName, l.Sku, l.Quantity.ToString(), l.UnitPrice.ToString(), l.LineTotal.ToString()]);
        doc.Rule();
        // The same rows as the shopper's confirmation, mails and order page (one tax row per rate and country), except
        // that tax within the prices follows the total; tax on top, or the VAT a reverse-charged buyer does not pay, comes before it.
        var within = order.TaxIncluded && !order.ReverseCharge;
        var rows = OrderTotalsRows.Of(order, "-");
        foreach (var (_, label, amount) in rows.Where(r => r.Kind != OrderTotalsRow.Total && !(within && r.Kind == OrderTotalsRow.Tax)))
            doc.Row(Totals, [label, amount]);
        doc.Row(Totals, ["Total", order.Total.ToString()], bold: true);
        if (within) foreach (var (_, label, amount) in rows.Where(r => r.Kind == OrderTotalsRow.Tax)) doc.Row(Totals, [label, amount]);
        if (!order.RefundedAmount.IsZero)
        {
            doc.Row(Totals, ["Refunded", "-" + order.RefundedAmount]);
            if (!order.Tax.IsZero) doc.Row(Totals, ["Of which tax", "-" + order.TaxRefunded]);
        }
        doc.Gap();
        doc.Line(order.IsFreeOfCharge ? "Nothing was charged: a discount covered the whole order."
            : $"Paid {(order.PaymentMethod == PaymentMethod.PayPal ? "with PayPal" : "by card")} (transaction {order.PaymentTransactionId}).");
    }
}
