namespace Shop.Web.Mail;

/// <summary>The "Mail" section of appsettings.json.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>The sender address; the sender's display name is Shop:Name.</summary>
    public string From { get; set; } = "shop@shop.local";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>How many times a mail the server refused or could not take is tried again before it is given up.</summary>
    public int Retries { get; set; } = 3;

    /// <summary>The wait before the first retry; each later wait is ten times the one before (30 s, 5 min, 50 min).</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The wait before retry number <paramref name="retry"/> (from 1), at most a day.</summary>
    public TimeSpan WaitBeforeRetry(int retry)
    {
        var ticks = Math.Max(0, RetryAfter.Ticks) * Math.Pow(10, retry - 1);
        return TimeSpan.FromTicks((long)Math.Min(ticks, TimeSpan.TicksPerDay));
    }
}
