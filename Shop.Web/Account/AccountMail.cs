using Microsoft.Extensions.Options;
using Shop.Web.Data;
using Shop.Web.Mail;
using Shop.Web.Shared;

namespace Shop.Web.Account;

/// <summary>
/// The mails the account pages send, through the outbox: a request never waits for the mail server or fails with it,
/// and answers as fast whether or not a mail goes out (the timing does not tell whether an account exists).
/// Links start with the shop's public address, never the request's Host. Mail a visitor can trigger is limited by
/// <see cref="MailAllowance"/>; a name a person typed appears only in mail to their own confirmed address.
/// </summary>
public sealed class AccountMail(MailOutbox outbox, PublicAddress site, MailAllowance allowance, IOptions<ShopOptions> shop,
    IOptions<AccountOptions> accounts, ILogger<AccountMail> log)
{
    private string ShopName => shop.Value.Name;
    private string LinkLifetime => Lifetime(accounts.Value.LinkLifetime);

    public void SendEmailConfirmation(ShopUser user, string token) =>
        Send(user, user.Email!, $"Confirm your email for {ShopName}",
            [$"Thanks for creating an account at {ShopName}. Please confirm your email address to sign in.",
             $"The link works for {LinkLifetime}. If you didn't create this account, ignore this mail."],
            ("Confirm my email", site.Link("ConfirmEmail", "Account", new { user = user.Id, code = LinkCodes.Encode(token) })));

    /// <summary>Someone registered with an address that already has an account: tell its owner, not the visitor.</summary>
    public void SendAlreadyRegistered(ShopUser user) =>
        Send(user, user.Email!, $"You already have an account at {ShopName}",
            ["Someone, perhaps you, tried to create a new account with this email address. You already have one, so nothing was changed.",
             $"Forgot your password? Reset it here: {site.Link("Forgot", "PasswordReset")}",
             "If this wasn't you, you can ignore this mail; your account is safe."],
            ("Sign in", site.Link("SignIn", "SignIn")));

    public void SendPasswordReset(ShopUser user, string token) =>
        Send(user, user.Email!, $"Reset your {ShopName} password",
            ["We received a request to reset your password. Choose a new one with the link below.",
             $"The link works for {LinkLifetime} and only once. If you didn't ask for this, ignore this mail; your password stays as it is."],
            ("Choose a new password", site.Link("Reset", "PasswordReset", new { user = user.Id, code = LinkCodes.Encode(token) })));

    /// <summary>False when this account or address has had its allowance of mail for the hour.</summary>
    public bool SendEmailChangeConfirmation(ShopUser user, string newEmail, string token) =>
        Send(user, newEmail, $"Confirm your new email for {ShopName}",
            ["You asked to use this address for your account. Confirm it with the link below; until then your old address stays in use.",
             $"The link works for {LinkLifetime}. If you didn't ask for this, ignore this mail."],
            ("Confirm my new email", site.Link("ConfirmEmailChange", "SignInDetails", new { user = user.Id, email = newEmail, code = LinkCodes.Encode(token) })));

    /// <summary>To the old address after an email change: always sent, with a way to undo it.</summary>
    public void SendEmailChanged(ShopUser user, string oldEmail, string undoCode) =>
        Enqueue(oldEmail, $"The email of your {ShopName} account was changed", "Hello,",
            ["The email address of your account was just changed, so this address no longer signs in.",
             $"If you did not do this, undo it with the link below within {Lifetime(accounts.Value.EmailUndoFor)}: your account goes back to this address and every device is signed out. Then choose a new password."],
            ("Undo the change", site.Link("Undo", "EmailUndo", new { code = undoCode })));

    private bool Send(ShopUser user, string to, string subject, string[] paragraphs, (string Label, string Url) button)
    {
        if (!allowance.TryTake(user.Id, to))
        {
            log.LogWarning("Mail \"{Subject}\" to {To} not sent: account {UserId} or that address had its allowance for the hour",
                subject, MaskedEmail.Of(to), user.Id);
            return false;
        }
        // Text a person typed goes only to an address that has proved to be theirs, never to one anybody could type in.
        var own = user.EmailConfirmed && string.Equals(to, user.Email, StringComparison.OrdinalIgnoreCase);
        Enqueue(to, subject, own && !string.IsNullOrWhiteSpace(user.FullName) ? $"Hello {user.FullName}," : "Hello,", paragraphs, button);
        return true;
    }

    private void Enqueue(string to, string subject, string greeting, string[] paragraphs, (string Label, string Url) button)
    {
        outbox.Enqueue(new MailBody(ShopName, greeting, paragraphs).Button(button.Label, button.Url).To(to, subject));
    }

    private static string Lifetime(TimeSpan span) =>
        span.TotalDays >= 2 ? $"{span.TotalDays:0.#} days"
        : span.TotalHours >= 1 ? $"{span.TotalHours:0.#} hours"
        : $"{Math.Max(1, span.TotalMinutes):0} minutes";
}
