using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Shop.Web.Mail;

/// <summary>Sends through the configured SMTP server with MailKit; one connection per message keeps it simple and safe.</summary>
public sealed class SmtpMailSender(MimeMessages mime, IOptions<MailOptions> options, ILogger<SmtpMailSender> log) : IMailSender
{
    public async Task SendAsync(MailMessage message, CancellationToken cancellationToken = default)
    {
        var smtp = options.Value.Smtp;
        using var client = new MailKit.Net.Smtp.SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(smtp.Host, smtp.Port, Enum.Parse<SecureSocketOptions>(smtp.Security, ignoreCase: true), cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
            await client.AuthenticateAsync(smtp.UserName, smtp.Password, cancellationToken);
        await client.SendAsync(mime.Create(message), cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        log.LogInformation("Mail \"{Subject}\" sent through {Host}", message.Subject, smtp.Host);
    }
}
