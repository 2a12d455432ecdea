namespace Shop.Tests.Languages;

/// <summary>The team page as a German-speaking admin reads it; the invitation it sends speaks the shop's first language.</summary>
public class TeamInGermanTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => new() { ["Shop:Languages"] = "en,de,fr" };

    [Test]
    public async Task The_team_page_in_German_names_its_sections_and_the_invitation_mail_is_in_the_shops_first_language()
    {
        using var admin = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("team-de"), Roles.Admin);
        await admin.GetAsync("/language/de?returnUrl=%2Fadmin");
        var email = Accounts.UniqueEmail("eingeladen");

        var (_, page) = await admin.GetPageAsync("/admin/team");
        var refused = await admin.SubmitFormAsync(page, "form.invite-form", new Dictionary<string, string?> { ["Invite.Email"] = "keine-adresse" });
        var sent = await admin.SubmitFormAsync(page, "form.invite-form", new Dictionary<string, string?> { ["Invite.Email"] = email });
        var after = await admin.FollowAsync(sent);
        var mail = App.LastMailTo(email);

        Assert.Multiple(async () =>
        {
            Assert.That(page.Texts("main h2"), Is.EqualTo(new[] { "Mitarbeiter und Administratoren", "Jemanden einladen", "Offene Einladungen" }));
            Assert.That(page.Text(".admin-nav a[href='/admin/team']"), Is.EqualTo("Team"));
            Assert.That(page.Text("label[for='Invite_Role']"), Is.EqualTo("Rolle"));
            Assert.That(page.Texts("select[name='Invite.Role'] option"), Is.EqualTo(new[] { "Mitarbeiter", "Administrator" }));
            Assert.That(page.Text(".no-invitations"), Is.EqualTo("Keine offenen Einladungen."));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await refused.ReadHtmlAsync()).Text("span[data-valmsg-for='Invite.Email']"), Does.StartWith("Geben Sie eine E-Mail-Adresse"));
            Assert.That(after.Text(".admin-notice"), Is.EqualTo($"Einladung an {email} gesendet."));
            Assert.That(after.Texts(".team-invitations th"), Does.Contain("Eingeladen von").And.Contain("Läuft ab"));
            Assert.That(mail.Subject, Is.EqualTo("Join the staff of Shop"), "the shop's first language, not the admin's");
        });
    }
}
