using Shop.Domain.Ordering;
using Shop.Web.Shared;

namespace Shop.Web.Documents;

/// <summary>What the packer reads: where the parcel goes and what goes in it (digital goods are not), without prices.</summary>
public static class PackingSlip
{
    private static readonly PrintedColumn[] Columns = [new(0.1), new(0.56), new(0.24), new(0.1, Right: true)];

    public static void Print(PrintedDocument doc, Order order, PrintedBusiness shop)
    {
        doc.NewPage();
        doc.Title($"Packing slip · order {order.Number}");
        doc.Beside(shop.Lines,
            [$"Order {order.Number}", $"Placed {PrintedDates.Day(order.PlacedAt)}", $"Shipping: {ShippingNames.Short(order.ShippingMethod, order.ShippingName)}",
             .. order.TrackingNumber is { } t ? [order.Carrier is { } c ? $"{c}, tracking {t}" : $"Tracking {t}"] : Array.Empty<string>()]);
        doc.Gap();
        doc.Line("Ship to", bold: true);
        foreach (var line in PrintedAddress.Of(order.ShippingAddress)) doc.Line(line);
        doc.Gap();
        doc.Row(Columns, ["Packed", "Item", "SKU", "Qty"], bold: true, ruleBelow: true);
        var shipped = order.ShippedLines.ToList();
        foreach (var l in shipped) doc.Row(Columns, ["[   ]", l.DisplayName, l.Sku, l.Quantity.ToString()]);
        if (order.ShipsNothing) doc.Line("Nothing to pack: this order has digital goods only.");
        doc.Rule();
        doc.Row(Columns, ["", "Items", "", shipped.Sum(l => l.Quantity).ToString()], bold: true);
    }
}
