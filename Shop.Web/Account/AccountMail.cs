using System.Text;
using System.Text.Encodings.Web;
using Microsoft.Extensions.Options;
using Shop.Web.Data;
using Shop.Web.Mail;

namespace Shop.Web.Account;

/// <summary>
/// The mails the account pages send, through the outbox: a request never waits for the mail server or fails with it,
/// and answers as fast whether or not a mail goes out (the timing does not tell whether an account exists).
/// Everything a person typed (their name) is HTML-encoded in the HTML part.
/// </summary>
public sealed class AccountMail(MailOutbox outbox, IOptions<ShopOptions> shop, IOptions<AccountOptions> accounts)
{
    private string ShopName => shop.Value.Name;
    private string LinkLifetime => accounts.Value.LinkLifetime.TotalHours >= 1
        ? $"{accounts.Value.LinkLifetime.TotalHours:0.#} hours"
        : $"{Math.Max(1, accounts.Value.LinkLifetime.TotalMinutes):0} minutes";

    public void SendEmailConfirmation(ShopUser user, string link) =>
        Send(user.Email!, $"Confirm your email for {ShopName}", user.FullName,
            [$"Thanks for creating an account at {ShopName}. Please confirm your email address to sign in.",
             $"The link works for {LinkLifetime}. If you didn't create this account, ignore this mail."],
            ("Confirm my email", link));

    /// <summary>Someone registered with an address that already has an account: tell its owner, not the visitor.</summary>
    public void SendAlreadyRegistered(ShopUser user, string signInLink, string resetLink) =>
        Send(user.Email!, $"You already have an account at {ShopName}", user.FullName,
            ["Someone, perhaps you, tried to create a new account with this email address. You already have one, so nothing was changed.",
             $"Forgot your password? Reset it here: {resetLink}",
             "If this wasn't you, you can ignore this mail; your account is safe."],
            ("Sign in", signInLink));

    public void SendPasswordReset(ShopUser user, string link) =>
        Send(user.Email!, $"Reset your {ShopName} password", user.FullName,
            ["We received a request to reset your password. Choose a new one with the link below.",
             $"The link works for {LinkLifetime} and only once. If you didn't ask for this, ignore this mail; your password stays as it is."],
            ("Choose a new password", link));

    public void SendEmailChangeConfirmation(ShopUser user, string newEmail, string link) =>
        Send(newEmail, $"Confirm your new email for {ShopName}", user.FullName,
            ["You asked to use this address for your account. Confirm it with the link below; until then your old address stays in use.",
             $"The link works for {LinkLifetime}. If you didn't ask for this, ignore this mail."],
            ("Confirm my new email", link));

    private void Send(string to, string subject, string name, string[] paragraphs, (string Label, string Url) button)
    {
        var greeting = string.IsNullOrWhiteSpace(name) ? "Hello," : $"Hello {name},";
        var html = new StringBuilder();
        var h = HtmlEncoder.Default;
        html.Append("<!DOCTYPE html><html><body style=\"font-family:sans-serif;color:#222\">");
        html.Append("<h1 style=\"font-size:20px\">").Append(h.Encode(ShopName)).Append("</h1>");
        html.Append("<p>").Append(h.Encode(greeting)).Append("</p>");
        foreach (var p in paragraphs) html.Append("<p>").Append(h.Encode(p)).Append("</p>");
        html.Append("<p><a href=\"").Append(h.Encode(button.Url)).Append("\" style=\"display:inline-block;padding:10px 16px;background:#1f3b57;color:#fff;text-decoration:none;border-radius:4px\">")
            .Append(h.Encode(button.Label)).Append("</a></p>");
        html.Append("<p style=\"color:#666;font-size:12px\">").Append(h.Encode($"Sent by {ShopName}.")).Append("</p></body></html>");

        var text = new StringBuilder().AppendLine(greeting).AppendLine();
        foreach (var p in paragraphs) text.AppendLine(p).AppendLine();
        text.AppendLine($"{button.Label}: {button.Url}").AppendLine().AppendLine($"Sent by {ShopName}.");

        outbox.Enqueue(new MailMessage(to, subject, html.ToString(), text.ToString()));
    }
}
