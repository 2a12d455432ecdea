using Shop.Domain.Ordering;
using Shop.Web.Languages;

namespace Shop.Web.Documents;

/// <summary>The buyer as an invoice and its credit notes name them: the billing address, email and an EU business's VAT number.</summary>
public static class PrintedBuyer
{
    public static void Print(PrintedDocument doc, Order order)
    {
        doc.Line(ShopText.Translate("Bill to"), bold: true);
        foreach (var line in PrintedAddress.Of(order.BillTo)) doc.Line(line);
        doc.Line(order.Email);
        if (order.VatNumber is not null) doc.Line(ShopText.Translate("VAT number: {0}", order.VatNumber));
    }
}
