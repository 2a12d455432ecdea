namespace Shop.Web.Mail;

/// <summary>One message to one person. Html and Text say the same thing; mail clients pick the one they can show.</summary>
public sealed record MailMessage(string To, string Subject, string Html, string Text);
