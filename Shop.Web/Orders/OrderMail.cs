using Shop.Web.Shared;
using Microsoft.Extensions.Options;
using Shop.Domain;
using Shop.Domain.Ordering;
using Shop.Web.Languages;
using Shop.Web.Mail;

namespace Shop.Web.Orders;

/// <summary>
/// The mails an order sends its shopper: the confirmation with what was bought, the shipping notice with the
/// tracking number, delivery, cancellation, refunds, and a payment that never arrived. Product names and the address were typed by people (staff, the shopper), so the HTML part
/// encodes every one of them.
/// </summary>
public sealed class OrderMail(MailOutbox outbox, IOptions<ShopOptions> shop, Carriers carriers,
    ShopLanguages languages)
{
    private string ShopName => shop.Value.Name;

    public void SendConfirmation(Order order)
    {
        using var _ = languages.OrDefault(order.Language).Speak();
        Send(order, ShopText.Translate("Your {0} order {1} is confirmed", ShopName, order.Number),
            [ShopText.Translate("Thank you for your order. We have received your payment and are getting order {0} ready.", order.Number),
             ShopText.Translate("We will write again when it ships.")]);
    }

    public void SendShipped(Order order) =>
        Send(order, $"Your {ShopName} order {order.Number} has shipped",
            [$"Good news: order {order.Number} is on its way.",
             order.Carrier is null ? $"Tracking number: {order.TrackingNumber}" : $"Carrier: {order.Carrier}, tracking number: {order.TrackingNumber}",
             carriers.TrackingLink(order.Carrier, order.TrackingNumber) is { } link ? $"Follow your parcel: {link}" : ""]);

    public void SendDelivered(Order order) =>
        Send(order, $"Your {ShopName} order {order.Number} was delivered",
            [$"Order {order.Number} was delivered. We hope you enjoy it.",
             $"Something not right? You can ask to return items from the order's page in your account within {shop.Value.Returns.Days} days."]);

    public void SendCancelled(Order order) =>
        Send(order, $"Your {ShopName} order {order.Number} is cancelled",
            [$"Order {order.Number} is cancelled.",
             order.RefundedAmount.IsZero
                 ? "You have not been charged."
                 : $"The payment of {order.RefundedAmount} is going back to {PaidWith.RefundsTo(order)}; it can take a few days to show on your statement."]);

    public void SendRefunded(Order order, Money amount) =>
        Send(order, $"A refund of {amount} on your {ShopName} order {order.Number}",
            [$"We have refunded {amount} on order {order.Number} to {PaidWith.RefundsTo(order)}. It can take a few days to show on your statement.",
             $"Refunded on this order so far: {order.RefundedAmount} of {order.Total}."]);

    public void SendNote(Order order, string note) =>
        Send(order, $"A message about your {ShopName} order {order.Number}",
            [$"We have added a note to order {order.Number}:", note, "You can also read it on the order's page in your account."]);

    public void SendNotPaid(Order order) =>
        Send(order, $"Your {ShopName} order {order.Number} was not placed",
            [$"We could not confirm the payment for order {order.Number} with the payment service, so we have cancelled it.",
             "You have not been charged. If you still want these items, please order them again."]);

    /// <summary>A step of a return (asked, approved, refused, received, refunded): subject and paragraphs say which.</summary>
    public void SendAboutReturn(Order order, string subject, string[] paragraphs) =>
        Send(order, $"{subject} · {ShopName}", [.. paragraphs, "You can follow it on the order's page in your account."]);

    /// <summary>Sends the paragraphs that are not empty; the frame (greeting, receipt, address) in the order's language.</summary>
    private void Send(Order order, string subject, string[] paragraphs)
    {
        using var _ = languages.OrDefault(order.Language).Speak();
        var body = new MailBody(ShopName, ShopText.Translate("Hello {0},", order.ShippingAddress.FullName), paragraphs.Where(p => p.Length > 0).ToArray())
            .Receipt(order.Lines.Select(l => (l.DisplayName, l.Quantity, l.LineTotal.ToString())), Totals(order))
            .Paragraph(ShopText.Translate("Shipping to:") + " " + Address(order));
        // Queued: the shopper's request does not wait for the mail server (see MailOutbox).
        outbox.Enqueue(body.To(order.Email, subject));
    }

    private static IEnumerable<(string Label, string Amount)> Totals(Order order)
    {
        if (!order.Discount.IsZero) yield return (ShopText.Translate("Discount"), "-" + order.Discount);
        yield return ($"{ShopText.Translate("Shipping")} ({ShopText.Translate(order.ShippingMethod.ToString())})",
            order.ShippingCost.IsZero ? ShopText.Translate("Free") : order.ShippingCost.ToString());
        foreach (var row in TaxRows.Of(order)) yield return row;
        yield return (ShopText.Translate("Total"), order.Total.ToString());
    }

    private static string Address(Order order)
    {
        var a = order.ShippingAddress;
        return string.Join(", ", new[] { a.FullName, a.Line1, a.Line2, a.City, a.Region, a.PostalCode, a.CountryCode }
            .Where(part => !string.IsNullOrWhiteSpace(part)));
    }
}
