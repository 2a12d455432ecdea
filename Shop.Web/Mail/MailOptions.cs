namespace Shop.Web.Mail;

/// <summary>The "Mail" section of appsettings.json.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>The sender address; the sender's display name is Shop:Name.</summary>
    public string From { get; set; } = "shop@shop.local";

    public SmtpOptions Smtp { get; set; } = new();
}
