namespace Shop.Web.Mail.Viewer;

/// <summary>The newest dropped mails, how many the folder holds in all, and whether new mail still goes there (not to SMTP).</summary>
public sealed record MailList(IReadOnlyList<MailRow> Mails, int Total, bool DropFolderInUse);
