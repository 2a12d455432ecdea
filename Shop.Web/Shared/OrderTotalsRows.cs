using Shop.Domain.Ordering;
using Shop.Web.Languages;

namespace Shop.Web.Shared;

/// <summary>What a row under an order's lines is: the views style the tax rows and the total.</summary>
public enum OrderTotalsRow { Subtotal, Discount, Shipping, Tax, Total }

/// <summary>
/// The rows under an order's lines, the same on the confirmation, the shopper's and the staff's order page, every order
/// mail and the invoice: goods subtotal, discount, shipping (named as the shopper chose it), the tax rows, the total.
/// </summary>
public static class OrderTotalsRows
{
    /// <param name="minus">What goes before the discount: "−" on pages, "-" where the font or plain text may lack it.</param>
    /// <param name="sellerCountry">The shop's country (<see cref="TaxRows.Of(Order, string?, string?)"/>).</param>
    /// <param name="notCharged">The label of the row of VAT not charged (<see cref="TaxRows.Of(Order, string?, string?)"/>).</param>
    public static IReadOnlyList<(OrderTotalsRow Kind, string Label, string Amount)> Of(Order order, string? sellerCountry, string minus = "−",
        string? notCharged = null)
    {
        ArgumentNullException.ThrowIfNull(order);
        var rows = new List<(OrderTotalsRow, string, string)> { (OrderTotalsRow.Subtotal, ShopText.Translate("Subtotal"), order.Subtotal.ToString()) };
        if (!order.Discount.IsZero)
        {
            var label = ShopText.Translate("Discount") + (order.DiscountCode is { } code ? $" ({code})" : "");
            rows.Add((OrderTotalsRow.Discount, label, minus + order.Discount));
        }
        if (!order.ShipsNothing)
            rows.Add((OrderTotalsRow.Shipping, ShippingNames.Row(order), order.ShippingCost.IsZero ? ShopText.Translate("Free") : order.ShippingCost.ToString()));
        rows.AddRange(TaxRows.Of(order, sellerCountry, notCharged).Select(t => (OrderTotalsRow.Tax, t.Label, t.Amount)));
        rows.Add((OrderTotalsRow.Total, ShopText.Translate("Total"), order.Total.ToString()));
        return rows;
    }
}
