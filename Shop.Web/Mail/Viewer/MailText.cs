using System.Text;
using System.Text.RegularExpressions;
using MimeKit.Text;

namespace Shop.Web.Mail.Viewer;

/// <summary>
/// A mail body as plain text with its links kept: the viewer never renders the mail's own HTML, so nothing in it
/// (scripts, styles, forms, tracking images) reaches the page; only http(s) and mailto links stay clickable.
/// </summary>
public static partial class MailText
{
    /// <summary>Text, or a link when <see cref="Href"/> is set.</summary>
    public sealed record Piece(string Text, string? Href = null);

    public static IReadOnlyList<Piece> FromPlainText(string text)
    {
        var pieces = new List<Piece>();
        var at = 0;
        foreach (Match url in Url().Matches(text))
        {
            if (url.Index > at) pieces.Add(new Piece(text[at..url.Index]));
            pieces.Add(new Piece(url.Value, url.Value));
            at = url.Index + url.Length;
        }
        if (at < text.Length) pieces.Add(new Piece(text[at..]));
        return pieces;
    }

    public static IReadOnlyList<Piece> FromHtml(string html)
    {
        var pieces = new List<Piece>();
        var text = new StringBuilder();
        string? href = null;
        var hidden = 0; // inside <head>, <script>, <style>, <title>: not shown
        var last = '\n'; // the last character shown, so runs of white space across tags show as one
        void Flush()
        {
            if (text.Length == 0) return;
            pieces.Add(new Piece(text.ToString(), href));
            text.Clear();
        }
        void Break(string br)
        {
            if (href is not null || last == '\n') return; // no break at the start, none doubled
            text.Append(br);
            last = br[^1];
        }

        var tokenizer = new HtmlTokenizer(new StringReader(html)) { DecodeCharacterReferences = true };
        while (tokenizer.ReadNextToken(out var token))
        {
            if (token is HtmlDataToken data && hidden == 0)
            {
                var words = Whitespace().Replace(data.Data, " ");
                if (last is ' ' or '\n') words = words.TrimStart(' ');
                if (words.Length == 0) continue;
                text.Append(words);
                last = words[^1];
            }
            else if (token is HtmlTagToken tag)
            {
                switch (tag.Id)
                {
                    case HtmlTagId.Head or HtmlTagId.Script or HtmlTagId.Style or HtmlTagId.Title when !tag.IsEmptyElement:
                        hidden = Math.Max(0, hidden + (tag.IsEndTag ? -1 : 1));
                        break;
                    case HtmlTagId.A:
                        Flush();
                        href = tag.IsEndTag ? null : Link(tag.Attributes.FirstOrDefault(a => a.Id == HtmlAttributeId.Href)?.Value);
                        break;
                    case HtmlTagId.Br or HtmlTagId.TR or HtmlTagId.LI:
                        Break("\n");
                        break;
                    case HtmlTagId.TD or HtmlTagId.TH when tag.IsEndTag:
                        Break("  ");
                        break;
                    case HtmlTagId.P or HtmlTagId.Div or HtmlTagId.Table or HtmlTagId.H1 or HtmlTagId.H2 or HtmlTagId.H3
                        or HtmlTagId.H4 or HtmlTagId.H5 or HtmlTagId.H6 or HtmlTagId.UL or HtmlTagId.OL when tag.IsEndTag:
                        Break("\n\n");
                        break;
                }
            }
        }
        Flush();
        if (pieces.Count > 0 && pieces[^1].Href is null) pieces[^1] = pieces[^1] with { Text = pieces[^1].Text.TrimEnd() };
        return pieces;
    }

    /// <summary>The address a link may keep: absolute http(s) or mailto, nothing else (no javascript:, no data:).</summary>
    private static string? Link(string? href) =>
        Uri.TryCreate(href?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" ? uri.OriginalString : null;

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex(@"[ \t\r\n\f]+")] // HTML white space; a no-break space stays
    private static partial Regex Whitespace();
}
