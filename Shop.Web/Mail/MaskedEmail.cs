namespace Shop.Web.Mail;

/// <summary>An email address as a log line may carry it: "j***@example.com". Logs never hold a whole address.</summary>
public static class MaskedEmail
{
    public static string Of(string? email)
    {
        if (string.IsNullOrEmpty(email)) return "";
        var at = email.LastIndexOf('@');
        return at <= 0 ? "***" : email[0] + "***" + email[at..];
    }

    /// <summary>A message (an SMTP server's error, say) with every mention of <paramref name="email"/> masked.</summary>
    public static string In(string message, string email) =>
        string.IsNullOrEmpty(email) ? message : message.Replace(email, Of(email), StringComparison.OrdinalIgnoreCase);
}
