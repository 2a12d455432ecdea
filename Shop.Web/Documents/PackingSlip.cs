using Shop.Domain.Ordering;
using Shop.Web.Languages;
using Shop.Web.Shared;

namespace Shop.Web.Documents;

/// <summary>
/// What the packer reads, and the buyer finds in the parcel (so in the order's language): where the parcel goes and what
/// goes in it (digital goods are not), without prices.
/// </summary>
public static class PackingSlip
{
    private static readonly PrintedColumn[] Columns = [new(0.12), new(0.54), new(0.24), new(0.1, Right: true)];

    public static void Print(PrintedDocument doc, Order order, PrintedBusiness shop)
    {
        doc.NewPage();
        doc.Title(T("Packing slip · order {0}", order.Number));
        doc.Beside(shop.Lines,
            [T("Order {0}", order.Number), T("Placed {0}", PrintedDates.Day(order.PlacedAt)),
             T("Shipping") + ShopText.Colon + " " + ShippingNames.Short(order.ShippingMethod, order.ShippingName),
             .. order.TrackingNumber is { } t ? [order.Carrier is { } c ? T("{0}, tracking {1}", c, t) : T("Tracking {0}", t)] : Array.Empty<string>()]);
        doc.Gap();
        doc.Line(T("Ship to"), bold: true);
        foreach (var line in PrintedAddress.Of(order.ShippingAddress)) doc.Line(line);
        doc.Gap();
        doc.Row(Columns, [T("Packed"), T("Item"), T("SKU"), T("Qty")], bold: true, ruleBelow: true);
        var shipped = order.ShippedLines.ToList();
        foreach (var l in shipped) doc.Row(Columns, ["[   ]", l.DisplayName, l.Sku, l.Quantity.ToString()]);
        if (order.ShipsNothing) doc.Line(T("Nothing to pack: this order has digital goods only."));
        doc.Rule();
        doc.Row(Columns, ["", T("Items"), "", shipped.Sum(l => l.Quantity).ToString()], bold: true);
    }

    private static string T(string english) => ShopText.Translate(english);
    private static string T(string english, params object[] values) => ShopText.Translate(english, values);
}
