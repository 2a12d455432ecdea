using Shop.Web.Mail.Viewer;

namespace Shop.Tests.Mail;

/// <summary>The mail viewer shows a mail's HTML as text and links only: nothing active survives.</summary>
public class MailTextTests
{
    [Test]
    public void Html_becomes_text_with_only_web_and_mail_links_kept()
    {
        var pieces = MailText.FromHtml("""
            <html><head><title>T</title><style>p{color:red}</style><script>alert(1)</script></head>
            <body><h1>Corner&nbsp;Store</h1><p>Hello &amp; welcome</p>
            <p><a href="https://shop.example/account/confirm-email?userId=1&amp;code=a%2Bb">Confirm</a>
            <a href="javascript:alert(1)">Bad</a> <a href="data:text/html,x">Data</a> <a href="mailto:help@shop.example">Help</a></p>
            <img src="https://tracker.example/p.gif" onerror="alert(2)"><form action="https://evil.example"><input value="x"></form>
            <script>alert(3)</script></body></html>
            """);

        var links = pieces.Where(p => p.Href is not null).Select(p => (p.Text, p.Href)).ToList();
        Assert.That(links, Is.EqualTo(new[]
        {
            ("Confirm", "https://shop.example/account/confirm-email?userId=1&code=a%2Bb"), ("Help", "mailto:help@shop.example"),
        }));
        var text = string.Concat(pieces.Select(p => p.Text));
        Assert.That(text, Does.Contain("Corner\u00a0Store").And.Contain("Hello & welcome").And.Contain("Bad").And.Contain("Data"));
        Assert.That(text, Does.Not.Contain("alert").And.Not.Contain("color").And.Not.Contain("tracker").And.Not.Contain("<"));
    }

    [Test]
    public void Plain_text_keeps_its_lines_and_makes_its_web_addresses_links()
    {
        var pieces = MailText.FromPlainText("Hello,\n\nConfirm: https://shop.example/c?a=1&b=2\njavascript:alert(1)\n");
        Assert.That(pieces.Where(p => p.Href is not null).Select(p => p.Href), Is.EqualTo(new[] { "https://shop.example/c?a=1&b=2" }));
        Assert.That(string.Concat(pieces.Select(p => p.Text)), Is.EqualTo("Hello,\n\nConfirm: https://shop.example/c?a=1&b=2\njavascript:alert(1)\n"));
    }
}
