using MimeKit;
using System.Text.RegularExpressions;

namespace Shop.Web.Mail;

/// <summary>
/// Without SMTP, each message becomes an .eml file under &lt;DataDirectory&gt;/mail, so a developer (or a test)
/// can open confirmation and reset links without a mail server.
/// </summary>
public sealed class MailDropFolder(MimeMessages mime, IConfiguration configuration, IHostEnvironment environment, ILogger<MailDropFolder> log)
    : IMailSender
{
    /// <summary>
    /// The name of a dropped mail without ".eml": its time, its number in this process, then a random part. Nothing else
    /// is read back.
    /// </summary>
    public static readonly Regex FileId = new(@"^[0-9]{8}-[0-9]{6}-[0-9]{3}-[0-9]{6}-[0-9a-f]{32}$", RegexOptions.CultureInvariant);

    private static int _sent;

    public static string Folder(IConfiguration configuration, IHostEnvironment environment) =>
        Path.Combine(ShopConfiguration.DataDirectory(configuration, environment), "mail");

    public async Task SendAsync(MailMessage message, CancellationToken cancellationToken = default)
    {
        var folder = Folder(configuration, environment);
        Directory.CreateDirectory(folder);
        // Sortable in the order sent, even two in the same millisecond; unique without coordination between requests.
        var number = Interlocked.Increment(ref _sent) % 1_000_000;
        var file = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}-{number:D6}-{Guid.NewGuid():n}.eml");
        var dropped = mime.Create(message);
        // As a mail server would take it: 7-bit, its UTF-8 text quoted-printable with the header saying so, so any mail
        // program opens the file as written (raw 8-bit text without that header is not a valid message).
        dropped.Prepare(EncodingConstraint.SevenBit);
        await dropped.WriteToAsync(file, cancellationToken);
        if (environment.IsDevelopment())
            log.LogInformation("Mail \"{Subject}\" written to {File}; read it at {Viewer}", message.Subject, file, Viewer.DevMailController.Path);
        else
            log.LogInformation("Mail \"{Subject}\" written to {File}", message.Subject, file);
    }
}
