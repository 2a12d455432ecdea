using Microsoft.Extensions.Options;
using Shop.Web.Mail;
using Shop.Web.Shared;

namespace Shop.Web.BackInStock;

/// <summary>The two back-in-stock mails: "confirm your address" (guests) and "it's back". Both can stop the mail in one click.</summary>
public sealed class BackInStockMail(MailOutbox outbox, BackInStockLinks links, PublicAddress address, IOptions<ShopOptions> shop)
{
    private string ShopName => shop.Value.Name;

    public void SendConfirm(int requestId, string email, string product) =>
        outbox.Enqueue(new MailBody(ShopName, "Hello,", [$"You asked us to tell you when {product} is back in stock. Please confirm this address first."])
            .Button("Yes, tell me when it's back", links.ConfirmLink(requestId, email))
            .Paragraph("If you did not ask for this, ignore this mail: we will not write again.")
            .To(email, $"Confirm: tell me when {product} is back"));

    public void SendBack(int requestId, string email, string product, string slug, int variantId) =>
        outbox.Enqueue(new MailBody(ShopName, "Good news,", [$"{product} is back in stock. It may sell out again, so don't wait too long."])
            .Button($"See {product}", $"{address.Root}/p/{Uri.EscapeDataString(slug)}?variant={variantId}")
            .Paragraph("This is the one mail you asked for. To stop all back-in-stock mail to this address:")
            .Button("Unsubscribe", links.StopLink(requestId, email))
            .To(email, $"{product} is back in stock"));
}
