namespace Shop.Web.Mail.Viewer;

/// <summary>One line of the mail list.</summary>
public sealed record MailRow(string Id, DateTimeOffset Date, string To, string Subject);
