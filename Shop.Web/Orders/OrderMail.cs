using System.Data.Common;
using Microsoft.Extensions.Options;
using Shop.Domain;
using Shop.Domain.Ordering;
using Shop.Web.Content;
using Shop.Web.Languages;
using Shop.Web.Mail;
using Shop.Web.Shared;

namespace Shop.Web.Orders;

/// <summary>
/// The mails an order sends its shopper: the confirmation with what was bought, the shipping notice with the
/// tracking number, delivery, cancellation, refunds, and a payment that never arrived. Product names and the address were typed by people (staff, the shopper), so the HTML part
/// encodes every one of them.
/// </summary>
public sealed class OrderMail(MailOutbox outbox, IOptions<ShopOptions> shop, Carriers carriers,
    ShopLanguages languages, IOptions<Documents.BusinessOptions> business, PublicAddress address, ShopPages pages, ILogger<OrderMail> log)
{
    private string ShopName => shop.Value.Name;

    /// <summary>
    /// The confirmation, which is also the contract's: it carries the terms and the withdrawal notice whole, in the order's
    /// language as they read when it was placed (EU distance selling: the shopper keeps them on a durable medium, § 312f
    /// BGB), and links them.
    /// </summary>
    public async Task SendConfirmationAsync(Order order)
    {
        IReadOnlyList<ContentPageView> terms = [];
        try
        {
            terms = await pages.InAsync(languages.OrDefault(order.Language), [ContentPages.Terms, ContentPages.Withdrawal], CancellationToken.None);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            // The order is paid: its confirmation goes out, with the links alone.
            log.LogError(e, "Order {Order}: the terms could not be read for its confirmation; it links them only", order.Number);
        }
        Send(order, () => (ShopText.Translate("Your {0} order {1} is confirmed", ShopName, order.Number),
            [ShopText.Translate("Thank you for your order. We have received your payment and are getting order {0} ready.", order.Number),
             ShopText.Translate("We will write again when it ships.")]), terms);
    }

    /// <summary>The shipping notice; an order of digital goods only was sent, not shipped: no parcel, and staff's reference instead of tracking.</summary>
    public void SendShipped(Order order) =>
        Send(order, () => order.ShipsNothing
            ? (ShopText.Translate("Your {0} order {1} has been sent", ShopName, order.Number),
               [ShopText.Translate("Order {0} has been sent to you.", order.Number), ShopText.Translate("Reference: {0}", order.TrackingNumber ?? "")])
            : (ShopText.Translate("Your {0} order {1} has shipped", ShopName, order.Number),
            [ShopText.Translate("Good news: order {0} is on its way.", order.Number),
             order.Carrier is null
                 ? ShopText.Translate("Tracking number: {0}", order.TrackingNumber ?? "")
                 : ShopText.Translate("Carrier: {0}, tracking number: {1}", order.Carrier, order.TrackingNumber ?? ""),
             carriers.TrackingLink(order.Carrier, order.TrackingNumber) is { } link ? ShopText.Translate("Follow your parcel: {0}", link) : ""]));

    public void SendDelivered(Order order) =>
        Send(order, () => (ShopText.Translate("Your {0} order {1} was delivered", ShopName, order.Number),
            [ShopText.Translate("Order {0} was delivered. We hope you enjoy it.", order.Number),
             HasAccount(order)
                 ? ShopText.Translate("Something not right? You can ask to return items from the order's page in your account within {0} days.", shop.Value.Returns.Days)
                 : ShopText.Translate("Something not right? Create an account with this email address to ask to return items from the order's page within {0} days.", shop.Value.Returns.Days)]));

    /// <summary>
    /// The cancellation, with staff's reason, what goes back now (<paramref name="back"/>) and the tax within it, as a
    /// refund's mail says, and after earlier refunds, the whole; the totals below are the order's, as confirmed.
    /// </summary>
    public void SendCancelled(Order order, MoneyBack back)
    {
        var goingBack = back.Amount;
        Send(order, () => (ShopText.Translate("Your {0} order {1} is cancelled", ShopName, order.Number),
            [ShopText.Translate("Order {0} is cancelled.", order.Number),
             order.CancelledByShopBecause is { Length: > 0 } reason ? ShopText.Translate("The shop's reason: {0}", reason) : "",
             goingBack.IsZero && order.RefundedAmount.IsZero
                 ? ShopText.Translate("You have not been charged.")
                 : goingBack.IsZero ? ""
                 : ShopText.Translate("The payment of {0} is going back to {1}; it can take a few days to show on your statement.", goingBack, RefundsTo(order)),
             goingBack.IsZero || order.Tax.IsZero ? "" : ShopText.Translate("Of which tax: {0}.", back.Tax),
             goingBack == order.RefundedAmount ? "" : ShopText.Translate("Refunded on this order so far: {0} of {1}.", order.RefundedAmount, order.Total),
             goingBack.IsZero ? "" : CreditNoteWhere(order)]));
    }

    public void SendRefunded(Order order, MoneyBack back) =>
        Send(order, () => (ShopText.Translate("A refund of {0} on your {1} order {2}", back.Amount, ShopName, order.Number),
            [ShopText.Translate("We have refunded {0} on order {1} to {2}. It can take a few days to show on your statement.", back.Amount, order.Number, RefundsTo(order)),
             order.Tax.IsZero ? "" : ShopText.Translate("Of which tax: {0}.", back.Tax),
             ShopText.Translate("Refunded on this order so far: {0} of {1}.", order.RefundedAmount, order.Total),
             CreditNoteWhere(order)]));

    /// <summary>
    /// Where the credit note of the refund just made is, when it has one (the invoice was issued before it): the order's
    /// page in the shopper's account. The mail has no attachments.
    /// </summary>
    private static string CreditNoteWhere(Order order) =>
        HasAccount(order) && order.Refunds.LastOrDefault() is { CorrectsInvoice: true }
            ? ShopText.Translate("It corrects the invoice: its credit note is on the order's page in your account.")
            : "";

    /// <summary>A note staff wrote: the note itself stays as they wrote it; the sentences around it are translated.</summary>
    public void SendNote(Order order, string note) =>
        Send(order, () => (ShopText.Translate("A message about your {0} order {1}", ShopName, order.Number),
            [ShopText.Translate("We have added a note to order {0}:", order.Number), note,
             HasAccount(order) ? ShopText.Translate("You can also read it on the order's page in your account.") : ToSeeTheOrder()]));

    public void SendNotPaid(Order order) =>
        Send(order, () => (ShopText.Translate("Your {0} order {1} was not placed", ShopName, order.Number),
            [ShopText.Translate("We could not confirm the payment for order {0} with the payment service, so we have cancelled it.", order.Number),
             ShopText.Translate("You have not been charged. If you still want these items, please order them again.")]));

    /// <summary>A step of a return (asked, approved, refused, received, refunded): subject and paragraphs say which.</summary>
    public void SendAboutReturn(Order order, Func<(string Subject, string[] Paragraphs)> compose) =>
        Send(order, () =>
        {
            var (subject, paragraphs) = compose();
            return ($"{subject} · {ShopName}", [.. paragraphs,
                HasAccount(order) ? ShopText.Translate("You can follow it on the order's page in your account.") : ToSeeTheOrder()]);
        });

    // A guest's order has no page of its own: an account with the order's email gets it once the address is confirmed.
    private static bool HasAccount(Order order) => order.UserId is not null;

    private static string ToSeeTheOrder() => ShopText.Translate("To see the order's page, create an account with this email address.");

    /// <summary>"your PayPal account" or "your card", in the mail's language.</summary>
    private static string RefundsTo(Order order) => ShopText.Translate(PaidWith.RefundsTo(order));

    /// <summary>Composes the mail in the order's language and sends the paragraphs that are not empty.</summary>
    private void Send(Order order, Func<(string Subject, string[] Paragraphs)> compose, IReadOnlyList<ContentPageView>? terms = null)
    {
        var language = languages.OrDefault(order.Language);
        using var _ = language.Speak();
        var (subject, paragraphs) = compose();
        var body = new MailBody(ShopName, ShopText.Translate("Hello {0},", order.BillTo.FullName), paragraphs.Where(p => p.Length > 0).ToArray())
            .Receipt(order.Lines.Select(l => (l.DisplayName, l.Quantity, l.LineTotal.ToString())), Totals(order))
            .Paragraph(ShopText.Translate(order.ShipsNothing ? "Billing address:" : "Shipping to:") + " " + Address(order));
        if (terms is not null)
            body.Links([(ShopText.Translate("Terms"), $"{address.Root}{language.Prefix}{ContentPages.PathOf(ContentPages.Terms)}"),
                (ShopText.Translate("Right of withdrawal"), $"{address.Root}{language.Prefix}{ContentPages.PathOf(ContentPages.Withdrawal)}")]);
        if (Seller() is { Length: > 0 } seller) body.Paragraph(seller);
        if (terms is { Count: > 0 }) body.Paragraph(ShopText.Translate("Our terms and the withdrawal notice as they stand for this order, for your records:"));
        foreach (var page in terms ?? []) body.Document(ContentMarkdown.ToHtml(page.Markdown), ContentMarkdown.Text(page.Markdown));
        // Queued: the shopper's request does not wait for the mail server (see MailOutbox).
        outbox.Enqueue(body.To(order.Email, subject));
    }

    /// <summary>The same rows as the order's pages and invoice (a plain minus: the text part is read in any mail program).</summary>
    private IEnumerable<(string Label, string Amount)> Totals(Order order) =>
        OrderTotalsRows.Of(order, shop.Value.HomeCountry, "-").Select(r => (r.Label, r.Amount));

    /// <summary>Who sells, as invoices name them (<c>Shop:Business</c>): "Lantern & Co GmbH · 1 Engine Street · Berlin · shop@…"; empty while unset.</summary>
    private string Seller()
    {
        var b = business.Value;
        if (b.Address.Count == 0 && string.IsNullOrWhiteSpace(b.Email)) return "";
        return string.Join(" · ", new[] { string.IsNullOrWhiteSpace(b.Name) ? ShopName : b.Name }.Concat(b.Address).Append(b.Email)
            .Where(part => !string.IsNullOrWhiteSpace(part)).Select(part => part.Trim()));
    }

    private static string Address(Order order) =>
        string.Join(", ", PostalAddress.Of(order.ShippingAddress).All);
}
