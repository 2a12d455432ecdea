using Shop.Web.Languages;
using System.Text;
using System.Text.Encodings.Web;

namespace Shop.Web.Mail;

/// <summary>
/// The frame every shop mail shares, written as HTML and as plain text at once: the shop's name, a greeting,
/// paragraphs, what the mail adds (a button, a receipt) and the sender line. Every text is HTML-encoded here,
/// since names and addresses in it were typed by people.
/// </summary>
public sealed class MailBody
{
    private static readonly HtmlEncoder H = HtmlEncoder.Default;
    private readonly StringBuilder _html = new();
    private readonly StringBuilder _text = new();
    private readonly string _shopName;

    public MailBody(string shopName, string greeting, IEnumerable<string> paragraphs)
    {
        _shopName = shopName;
        _html.Append("<!DOCTYPE html><html><body style=\"font-family:sans-serif;color:#222\">");
        _html.Append("<h1 style=\"font-size:20px\">").Append(H.Encode(shopName)).Append("</h1>");
        _html.Append("<p>").Append(H.Encode(greeting)).Append("</p>");
        _text.AppendLine(greeting).AppendLine();
        foreach (var p in paragraphs) Paragraph(p);
    }

    public MailBody Paragraph(string paragraph)
    {
        _html.Append("<p>").Append(H.Encode(paragraph)).Append("</p>");
        _text.AppendLine(paragraph).AppendLine();
        return this;
    }

    public MailBody Button(string label, string url)
    {
        _html.Append("<p><a href=\"").Append(H.Encode(url)).Append("\" style=\"display:inline-block;padding:10px 16px;background:#1f3b57;color:#fff;text-decoration:none;border-radius:4px\">")
            .Append(H.Encode(label)).Append("</a></p>");
        _text.AppendLine($"{label}{ShopText.Colon} {url}").AppendLine();
        return this;
    }

    /// <summary>Small links in a row ("Terms · Right of withdrawal"); in the text part, each with its address.</summary>
    public MailBody Links(IEnumerable<(string Label, string Url)> links)
    {
        var list = links.ToList();
        _html.Append("<p style=\"font-size:13px\">").AppendJoin(" · ", list.Select(l => $"<a href=\"{H.Encode(l.Url)}\">{H.Encode(l.Label)}</a>")).Append("</p>");
        foreach (var (label, url) in list) _text.AppendLine($"{label}{ShopText.Colon} {url}");
        _text.AppendLine();
        return this;
    }

    /// <summary>Items bought (name, quantity, line total) and the totals under them.</summary>
    public MailBody Receipt(IEnumerable<(string Name, int Quantity, string Total)> items, IEnumerable<(string Label, string Amount)> totals)
    {
        _html.Append("<table style=\"border-collapse:collapse\" cellpadding=\"4\"><thead><tr><th align=\"left\">").Append(H.Encode(ShopText.Translate("Item"))).Append("</th>")
            .Append("<th align=\"right\">").Append(H.Encode(ShopText.Translate("Qty"))).Append("</th><th align=\"right\">")
            .Append(H.Encode(ShopText.Translate("Total"))).Append("</th></tr></thead><tbody>");
        foreach (var (name, quantity, total) in items)
        {
            _html.Append("<tr><td>").Append(H.Encode(name)).Append("</td><td align=\"right\">").Append(quantity)
                .Append("</td><td align=\"right\">").Append(H.Encode(total)).Append("</td></tr>");
            _text.AppendLine($"{quantity} × {name}  {total}");
        }
        _html.Append("</tbody><tfoot>");
        foreach (var (label, amount) in totals)
        {
            _html.Append("<tr><td colspan=\"2\" align=\"right\">").Append(H.Encode(label)).Append("</td><td align=\"right\">")
                .Append(H.Encode(amount)).Append("</td></tr>");
            _text.AppendLine($"{label}{ShopText.Colon} {amount}");
        }
        _html.Append("</tfoot></table>");
        _text.AppendLine();
        return this;
    }

    /// <summary>
    /// A document carried whole (the shop's terms): <paramref name="safeHtml"/> is already safe to show (the shop's own
    /// Markdown, rendered with raw HTML disabled); <paramref name="text"/> is its plain text.
    /// </summary>
    public MailBody Document(string safeHtml, string text)
    {
        _html.Append("<div style=\"border-top:1px solid #ccc;margin-top:16px;font-size:13px\">").Append(safeHtml).Append("</div>");
        _text.AppendLine("----").AppendLine(text.Trim()).AppendLine();
        return this;
    }

    /// <summary>Ends both parts with the sender line and addresses the message.</summary>
    public MailMessage To(string to, string subject)
    {
        var sentBy = ShopText.Translate("Sent by {0}.", _shopName);
        _html.Append("<p style=\"color:#666;font-size:12px\">").Append(H.Encode(sentBy)).Append("</p></body></html>");
        _text.AppendLine(sentBy);
        return new MailMessage(to, subject, _html.ToString(), _text.ToString());
    }
}
