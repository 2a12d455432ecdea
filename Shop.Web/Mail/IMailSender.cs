namespace Shop.Web.Mail;

/// <summary>Sends the shop's mail: over SMTP when configured, otherwise into the mail drop folder.</summary>
public interface IMailSender
{
    Task SendAsync(MailMessage message, CancellationToken cancellationToken = default);
}
