using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Shop.Web.Content;

/// <summary>
/// Staff's Markdown as HTML, safely: raw HTML in the text is shown as text, never passed through, and links and
/// pictures go only to web, mail or phone addresses or the shop's own pages (no <c>javascript:</c>). Tables (pipe
/// tables) are styled as the shop's. A picture from another site, which the shop's content policy would not show, is
/// shown as a link to it.
/// </summary>
public static class ContentMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().UsePipeTables().UseBootstrap().Build();

    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url)) link.Url = "#";
            if (link.IsImage && !IsOwn(link.Url)) link.IsImage = false;
        }
        foreach (var link in document.Descendants<AutolinkInline>())
            if (!IsSafe(link.Url)) link.Url = "#";
        return document.ToHtml(Pipeline);
    }

    /// <summary>
    /// The page's words without its headings or markup, for its description in search results and link previews
    /// (a shipping page then says what its first lines say, not what every page says).
    /// </summary>
    public static string PlainText(string markdown) => Plain(markdown, headings: false);

    /// <summary>The whole page as plain text, headings and all, for the text part of a mail that carries it.</summary>
    public static string Text(string markdown) => Plain(markdown, headings: true);

    private static string Plain(string markdown, bool headings)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        if (!headings) foreach (var heading in document.Descendants<HeadingBlock>().ToList()) heading.Parent?.Remove(heading);
        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    /// <summary>On the shop's own site: a relative address ("/media/…").</summary>
    private static bool IsOwn(string? url) => url is not null && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);

    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return true;
        if (!Uri.TryCreate(url.Trim(), UriKind.RelativeOrAbsolute, out var uri)) return false;
        if (!uri.IsAbsoluteUri) return !url.TrimStart().StartsWith("//", StringComparison.Ordinal) && !url.Contains(':', StringComparison.Ordinal);
        return uri.Scheme is "http" or "https" or "mailto" or "tel";
    }
}
