using Microsoft.Extensions.Options;
using Shop.Web.Data;
using Shop.Web.Languages;
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
    IOptions<AccountOptions> accounts, IHttpContextAccessor http, ShopLanguages languages, ILogger<AccountMail> log)
{
    private string ShopName => shop.Value.Name;
    private string LinkLifetime => Lifetime(accounts.Value.LinkLifetime);

    /// <summary>Mails are written in the language of the request that asks for them, and their links lead back to it.</summary>
    private ShopLanguage Language => http.HttpContext is { } request ? LanguagePrefix.Of(request) : languages.Default;

    private string Link(string action, string controller, object? values = null) => site.Link(action, controller, values, Language.Prefix);

    public Task SendEmailConfirmationAsync(ShopUser user, string token) =>
        SendAsync(user, user.Email!, T("Confirm your email for {0}", ShopName),
            [T("Thanks for creating an account at {0}. Please confirm your email address to sign in.", ShopName),
             T("The link works for {0}. If you didn't create this account, ignore this mail.", LinkLifetime)],
            (T("Confirm my email"), Link("ConfirmEmail", "Account", new { user = user.Id, code = LinkCodes.Encode(token) })));

    /// <summary>The confirmation link again, for guest orders that joined no account: its page asks for the password.</summary>
    public Task<bool> SendGuestOrdersLinkAsync(ShopUser user, string token, int orders) =>
        SendAsync(user, user.Email!, T("Add your guest orders to your {0} account", ShopName),
            [ShopText.Plural(orders, "{0} order placed with this address as a guest can join your account: open the link below and enter your account's password.", "{0} orders placed with this address as a guest can join your account: open the link below and enter your account's password."),
             T("The link works for {0}. If you didn't ask for this, ignore this mail.", LinkLifetime)],
            (T("Add my orders"), Link("ConfirmEmail", "Account", new { user = user.Id, code = LinkCodes.Encode(token) })));

    /// <summary>Someone registered with an address that already has an account: tell its owner, not the visitor.</summary>
    public Task SendAlreadyRegisteredAsync(ShopUser user) =>
        SendAsync(user, user.Email!, T("You already have an account at {0}", ShopName),
            [T("Someone, perhaps you, tried to create a new account with this email address. You already have one, so nothing was changed."),
             T("Forgot your password? Reset it here: {0}", Link("Forgot", "PasswordReset")),
             T("If this wasn't you, you can ignore this mail; your account is safe.")],
            (T("Sign in"), Link("SignIn", "SignIn")));

    public Task SendPasswordResetAsync(ShopUser user, string token) =>
        SendAsync(user, user.Email!, T("Reset your {0} password", ShopName),
            [T("We received a request to reset your password. Choose a new one with the link below."),
             T("The link works for {0} and only once. If you didn't ask for this, ignore this mail; your password stays as it is.", LinkLifetime)],
            (T("Choose a new password"), Link("Reset", "PasswordReset", new { user = user.Id, code = LinkCodes.Encode(token) })));

    /// <summary>False when this account or address has had its allowance of mail for the hour.</summary>
    public Task<bool> SendEmailChangeConfirmationAsync(ShopUser user, string newEmail, string token) =>
        SendAsync(user, newEmail, T("Confirm your new email for {0}", ShopName),
            [T("You asked to use this address for your account. Confirm it with the link below; until then your old address stays in use."),
             T("The link works for {0}. If you didn't ask for this, ignore this mail.", LinkLifetime)],
            (T("Confirm my new email"), Link("ConfirmEmailChange", "SignInDetails", new { user = user.Id, email = newEmail, code = LinkCodes.Encode(token) })));

    /// <summary>To the old address after an email change: always sent, with a way to undo it.</summary>
    public void SendEmailChanged(ShopUser user, string oldEmail, string undoCode) =>
        Enqueue(oldEmail, T("The email of your {0} account was changed", ShopName), T("Hello,"),
            [T("The email address of your account was just changed, so this address no longer signs in."),
             T("If you did not do this, undo it with the link below within {0}: your account goes back to this address and every device is signed out. Then choose a new password.", Lifetime(accounts.Value.EmailUndoFor))],
            (T("Undo the change"), Link("Undo", "EmailUndo", new { code = undoCode })));

    private async Task<bool> SendAsync(ShopUser user, string to, string subject, string[] paragraphs, (string Label, string Url) button)
    {
        if (!await allowance.TryTakeAsync(user.Id, to))
        {
            log.LogWarning("Mail \"{Subject}\" to {To} not sent: account {UserId} or that address had its allowance for the hour",
                subject, MaskedEmail.Of(to), user.Id);
            return false;
        }
        // Text a person typed goes only to an address that has proved to be theirs, never to one anybody could type in.
        var own = user.EmailConfirmed && string.Equals(to, user.Email, StringComparison.OrdinalIgnoreCase);
        Enqueue(to, subject, own && !string.IsNullOrWhiteSpace(user.FullName) ? T("Hello {0},", user.FullName) : T("Hello,"), paragraphs, button);
        return true;
    }

    private void Enqueue(string to, string subject, string greeting, string[] paragraphs, (string Label, string Url) button)
    {
        outbox.Enqueue(new MailBody(ShopName, greeting, paragraphs).Button(button.Label, button.Url).To(to, subject));
    }

    private static string T(string english, params object[] values) => ShopText.Translate(english, values);

    private static string Lifetime(TimeSpan span) =>
        span.TotalDays >= 2 ? T("{0:0.#} days", span.TotalDays)
        : span.TotalHours >= 1 ? T("{0:0.#} hours", span.TotalHours)
        : T("{0:0} minutes", Math.Max(1, span.TotalMinutes));
}
