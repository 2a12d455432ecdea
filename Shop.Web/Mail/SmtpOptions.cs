namespace Shop.Web.Mail;

/// <summary>"Mail:Smtp". An empty Host means no SMTP: messages go to the mail drop folder instead.</summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "";
    public int Port { get; set; } = 587;
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
    /// <summary>Auto, None, SslOnConnect, StartTls or StartTlsWhenAvailable (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "Auto";
}
