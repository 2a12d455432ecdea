namespace Shop.Web.Mail;

/// <summary>
/// Without SMTP, each message becomes an .eml file under &lt;DataDirectory&gt;/mail, so a developer (or a test)
/// can open confirmation and reset links without a mail server.
/// </summary>
public sealed class MailDropFolder(MimeMessages mime, IConfiguration configuration, IHostEnvironment environment, ILogger<MailDropFolder> log)
    : IMailSender
{
    public async Task SendAsync(MailMessage message, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(ShopConfiguration.DataDirectory(configuration, environment), "mail");
        Directory.CreateDirectory(folder);
        // Sortable by time, unique without coordination between requests.
        var file = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():n}.eml");
        await mime.Create(message).WriteToAsync(file, cancellationToken);
        log.LogInformation("Mail \"{Subject}\" written to {File}", message.Subject, file);
    }
}
