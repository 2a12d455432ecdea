using Microsoft.Extensions.Options;
using Shop.Web.Languages;
using Shop.Web.Mail;
using Shop.Web.Shared;

namespace Shop.Web.BackInStock;

/// <summary>
/// The two back-in-stock mails: "confirm your address" (guests) and "it's back", in the language the shopper asked in,
/// with links to the shop in that language. Both can stop the mail in one click.
/// </summary>
public sealed class BackInStockMail(MailOutbox outbox, BackInStockLinks links, PublicAddress address, ShopLanguages languages,
    IOptions<ShopOptions> shop)
{
    private string ShopName => shop.Value.Name;

    public void SendConfirm(int requestId, string email, string product, string? language)
    {
        var speaking = languages.OrDefault(language);
        using var _ = speaking.Speak();
        outbox.Enqueue(new MailBody(ShopName, ShopText.Translate("Hello,"),
                [ShopText.Translate("You asked us to tell you when {0} is back in stock. Please confirm this address first.", product)])
            .Button(ShopText.Translate("Yes, tell me when it's back"), links.ConfirmLink(requestId, email, speaking.Prefix))
            .Paragraph(ShopText.Translate("If you did not ask for this, ignore this mail: we will not write again."))
            .To(email, ShopText.Translate("Confirm: tell me when {0} is back", product)));
    }

    /// <summary>Sent now, not queued: the request is marked as mailed only once the mail server took it.</summary>
    public Task SendBackAsync(int requestId, string email, string product, string slug, int variantId, string? language, CancellationToken ct)
    {
        var speaking = languages.OrDefault(language);
        using var _ = speaking.Speak();
        return outbox.SendNowAsync(new MailBody(ShopName, ShopText.Translate("Good news,"),
                [ShopText.Translate("{0} is back in stock. It may sell out again, so don't wait too long.", product)])
            .Button(ShopText.Translate("See {0}", product), $"{address.Root}{speaking.Prefix}/p/{Uri.EscapeDataString(slug)}?variant={variantId}")
            .Paragraph(ShopText.Translate("This is the one mail you asked for. To stop all back-in-stock mail to this address:"))
            .Button(ShopText.Translate("Unsubscribe"), links.StopLink(requestId, email, speaking.Prefix))
            .To(email, ShopText.Translate("{0} is back in stock", product)), ct);
    }
}
