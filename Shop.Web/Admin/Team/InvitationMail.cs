using Microsoft.Extensions.Options;
using Shop.Web.Account;
using Shop.Web.Languages;
using Shop.Web.Mail;
using Shop.Web.Shared;

namespace Shop.Web.Admin.Team;

/// <summary>
/// The mail that carries an invitation's link: in the shop's first language (the merchant's, as staff mail is), naming
/// the shop and who invited; the link starts with the shop's public address and opens the invitation's page.
/// </summary>
public sealed class InvitationMail(MailOutbox outbox, PublicAddress site, ShopLanguages languages, IOptions<ShopOptions> shop)
{
    public void Send(StaffInvitation invitation, string code, string inviter, bool hasAccount)
    {
        using var _ = languages.Default.Speak();
        var name = shop.Value.Name;
        var link = site.Link("Accept", "Invitation", new { code });
        var body = new MailBody(name, T("Hello,"),
        [
            invitation.Role == Roles.Admin
                ? T("{0} invited you to help run {1} as an admin: the staff pages, and the team and its roles.", inviter, name)
                : T("{0} invited you to help run {1} as staff: the catalog, orders, returns and stock.", inviter, name),
            hasAccount
                ? T("You already have an account at {0} with this address: sign in with it, then open the link to accept.", name)
                : T("Open the link to choose your password; then the staff pages are yours."),
            T("The link works for {0} and only once. If you did not expect this invitation, ignore this mail.", T("{0:0.#} days", StaffInvitation.Lifetime.TotalDays)),
        ]).Button(T("Accept the invitation"), link);
        outbox.Enqueue(body.To(invitation.Email, T("Join the staff of {0}", name)));
    }

    private static string T(string english, params object[] values) => ShopText.Translate(english, values);
}
