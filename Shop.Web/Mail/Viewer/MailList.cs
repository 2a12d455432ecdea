namespace Shop.Web.Mail.Viewer;

/// <summary>The newest dropped mails, and how many the folder holds in all.</summary>
public sealed record MailList(IReadOnlyList<MailRow> Mails, int Total);
