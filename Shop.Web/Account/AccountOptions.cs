namespace Shop.Web.Account;

/// <summary>The "Shop:Accounts" section of appsettings.json.</summary>
public sealed class AccountOptions
{
    public const string Section = "Shop:Accounts";

    /// <summary>How long a confirmation or password-reset link in a mail works.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(3);

    /// <summary>
    /// How often a signed-in session is checked against the account's security stamp. A password change signs
    /// out other sessions within this time; zero checks on every request (one database read each).
    /// </summary>
    public TimeSpan SessionCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long "Remember me" keeps a shopper signed in; each visit extends it (sliding).</summary>
    public TimeSpan RememberMeFor { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Mails a visitor can trigger (account confirmation, reset, email change, back-in-stock confirmation) at most this often an hour per account and per mailbox.</summary>
    public int MailsPerHour { get; set; } = 5;

    /// <summary>Register, sign-in and forgot-password answer no sooner than this, known account or not (see <see cref="EvenAnswerTimeAttribute"/>).</summary>
    public TimeSpan EvenAnswerTime { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long the mail to the old address can undo an email change.</summary>
    public TimeSpan EmailUndoFor { get; set; } = TimeSpan.FromDays(7);
}
