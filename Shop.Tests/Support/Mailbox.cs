using AngleSharp.Html.Parser;
using MimeKit;
using Shop.Web.Mail;

namespace Shop.Tests.Support;

/// <summary>Reads the mail the shop wrote into &lt;DataDirectory&gt;/mail, as its recipient would.</summary>
public static class Mailbox
{
    public static IReadOnlyList<MimeMessage> MailTo(this ShopApp app, string email)
    {
        // Order mail is sent in the background: wait until what the app queued so far has gone out.
        Assert.That(app.Services.GetRequiredService<MailOutbox>().SentAsync(CancellationToken.None).Wait(TimeSpan.FromSeconds(30)),
            "queued mail was sent");
        var folder = Path.Combine(app.DataDirectory, "mail");
        if (!Directory.Exists(folder)) return [];
        return Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal)
            .Select(f => MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(a => a.Address.Equals(email, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    public static MimeMessage LastMailTo(this ShopApp app, string email)
    {
        var mail = app.MailTo(email);
        if (mail.Count == 0) Assert.Fail($"No mail to {email}");
        return mail[^1];
    }

    /// <summary>The path and query of the first link in the HTML part that goes to <paramref name="path"/>.</summary>
    public static string LinkTo(this MimeMessage message, string path) => message.FullLinkTo(path).PathAndQuery;

    /// <summary>The first link in the HTML part that goes to <paramref name="path"/>, whole, as a mail client would open it.</summary>
    public static Uri FullLinkTo(this MimeMessage message, string path)
    {
        var html = new HtmlParser().ParseDocument(message.HtmlBody ?? "");
        foreach (var a in html.QuerySelectorAll("a[href]"))
        {
            var uri = new Uri(a.GetAttribute("href")!, UriKind.Absolute);
            if (uri.AbsolutePath.Equals(path, StringComparison.OrdinalIgnoreCase)) return uri;
        }
        Assert.Fail($"No link to {path} in \"{message.Subject}\"");
        return null!;
    }
}
