using Microsoft.Extensions.Options;
using MimeKit;

namespace Shop.Web.Mail;

/// <summary>Turns our <see cref="MailMessage"/> into a MIME message (HTML with a plain-text alternative) from the shop.</summary>
public sealed class MimeMessages(IOptions<MailOptions> mail, IOptions<ShopOptions> shop)
{
    public MimeMessage Create(MailMessage message)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(shop.Value.Name, mail.Value.From));
        mime.To.Add(MailAddresses.Recipient(message.To));
        mime.Subject = message.Subject;
        mime.Body = new BodyBuilder { HtmlBody = message.Html, TextBody = message.Text }.ToMessageBody();
        return mime;
    }
}
