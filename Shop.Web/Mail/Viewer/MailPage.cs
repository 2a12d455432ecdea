namespace Shop.Web.Mail.Viewer;

/// <summary>One dropped mail as the viewer shows it: its headers and its body as text with live links.</summary>
public sealed record MailPage(
    string Id, DateTimeOffset Date, string From, string To, string Cc, string Subject,
    IReadOnlyList<MailText.Piece> Body, bool BodyFromHtml,
    IReadOnlyList<(string Name, string Value)> Headers, IReadOnlyList<string> Attachments);
