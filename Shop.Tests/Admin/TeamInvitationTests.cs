using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Shop.Web.Admin.Team;

namespace Shop.Tests.Admin;

/// <summary>
/// Staff invitations from /admin/team: an admin invites by email, the mailed link makes a new account (or lets the
/// address's account accept, signed in), and lands on the staff pages. Links work once, expire and can be withdrawn.
/// </summary>
public class TeamInvitationTests : ShopFixture
{
    private const string LinkPath = "/account/staff-invitation";

    protected override Dictionary<string, string?> Settings => NoDemoCatalog();

    private async Task<(HttpClient Client, string Email)> AdminAsync()
    {
        var email = Accounts.UniqueEmail("admin");
        return (await App.CreateAccountAndSignInAsync(email, Roles.Admin), email);
    }

    private static Task<HttpResponseMessage> InviteAsync(HttpClient admin, string email, string role = Roles.Staff) =>
        admin.SubmitFormAsync("/admin/team", "form.invite-form", new Dictionary<string, string?> { ["Invite.Email"] = email, ["Invite.Role"] = role });

    private async Task<string> InvitedAsync(HttpClient admin, string email, string role = Roles.Staff)
    {
        var response = await InviteAsync(admin, email, role);
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/admin/team"), await response.Content.ReadAsStringAsync());
        return App.LastMailTo(email).LinkTo(LinkPath);
    }

    private static async Task<HttpResponseMessage> JoinAsync(HttpClient invitee, string link, string password = Accounts.Password, string name = "Nia Newstaff")
    {
        var (_, page) = await invitee.GetPageAsync(link);
        return await invitee.SubmitFormAsync(page, "form.join-team", new Dictionary<string, string?> { ["Form.FullName"] = name, ["Form.Password"] = password });
    }

    private Task<List<string>> AuditAsync(string entityType, string entityId) => App.WithDbAsync(db =>
        db.AuditEntries.Where(e => e.EntityType == entityType && e.EntityId == entityId).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());

    private Task<StaffInvitation> InvitationAsync(string email) => App.WithDbAsync(db =>
        db.StaffInvitations.AsNoTracking().OrderBy(i => i.CreatedAt).LastAsync(i => i.Email == email));

    private Task<List<string>> RolesOfAsync(string email) => App.WithAsync<UserManager<ShopUser>, List<string>>(async users =>
        (await users.GetRolesAsync((await users.FindByEmailAsync(email))!)).ToList());

    [Test]
    public async Task An_invited_address_chooses_a_password_and_lands_on_the_staff_pages_as_staff()
    {
        var (admin, adminEmail) = await AdminAsync();
        var email = Accounts.UniqueEmail("newstaff");

        var link = await InvitedAsync(admin, email);
        var mail = App.LastMailTo(email);
        var (_, team) = await admin.GetPageAsync("/admin/team");
        using var invitee = App.Browser();
        var (opened, page) = await invitee.GetPageAsync(link);
        var joined = await invitee.SubmitFormAsync(page, "form.join-team", new Dictionary<string, string?> { ["Form.FullName"] = "Nia Newstaff", ["Form.Password"] = Accounts.Password });
        var staffHome = await invitee.GetAsync("/admin/products");
        var account = await App.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        var invitation = await InvitationAsync(email);

        Assert.Multiple(async () =>
        {
            Assert.That(mail.Subject, Is.EqualTo("Join the staff of Shop"));
            Assert.That(mail.TextBody, Does.Contain($"Ada Shopper ({adminEmail}) invited you to help run Shop as staff"));
            Assert.That(mail.FullLinkTo(LinkPath).GetLeftPart(UriPartial.Authority), Is.EqualTo("http://localhost"), "the shop's public address");
            Assert.That(team.Text(".admin-notice"), Is.EqualTo($"Invitation sent to {email}."));
            Assert.That(team.Texts(".invitation-email"), Does.Contain(email));
            Assert.That(opened.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Text(".invitation-what"), Is.EqualTo($"{adminEmail} invited {email} to help run the shop as staff."));
            Assert.That(joined.Headers.Location?.OriginalString, Is.EqualTo("/admin"), "signed in and on the staff pages");
            Assert.That(staffHome.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(account.EmailConfirmed, Is.True, "the link proved the address");
            Assert.That(account.FullName, Is.EqualTo("Nia Newstaff"));
            Assert.That(await RolesOfAsync(email), Is.EqualTo(new[] { Roles.Staff }));
            Assert.That(invitation.AcceptedAt, Is.Not.Null);
            Assert.That(invitation.AcceptedById, Is.EqualTo(account.Id));
            Assert.That(await AuditAsync(StaffInvitations.EntityType, invitation.Id.ToString()), Is.EqualTo(new[] { "Invited", "Accepted" }));
            Assert.That(await AuditAsync("User", account.Id), Is.EqualTo(new[] { "RoleGranted" }));
        });
        var (_, after) = await admin.GetPageAsync("/admin/team");
        var row = after.QuerySelectorAll("tr.team-member").Single(r => r.Text().Contains(email));
        Assert.That(row.QuerySelector(".member-role").Text(), Is.EqualTo("Staff"));
        Assert.That(row.QuerySelector(".member-2fa").Text(), Is.EqualTo("Off"));
        Assert.That(row.QuerySelector(".member-email a")?.GetAttribute("href"), Is.EqualTo($"/admin/customers/{account.Id}"));
        Assert.That(after.Texts(".invitation-email"), Does.Not.Contain(email), "an accepted invitation is no longer open");
    }

    [Test]
    public async Task Only_a_hash_of_the_link_is_stored()
    {
        var (admin, _) = await AdminAsync();
        var email = Accounts.UniqueEmail("hashed");
        var link = await InvitedAsync(admin, email);
        var code = QueryHelpers.ParseQuery(new Uri("http://x" + link).Query)["code"].ToString();

        var invitation = await InvitationAsync(email);
        var row = await App.WithDbAsync(db => db.StaffInvitations.AsNoTracking().Where(i => i.Id == invitation.Id)
            .Select(i => new[] { i.Email, i.NormalizedEmail, i.OpenFor, i.Role, i.TokenHash, i.InvitedById, i.InvitedByEmail }).SingleAsync());

        Assert.That(code, Has.Length.GreaterThanOrEqualTo(40));
        Assert.That(row, Has.None.Contains(code));
        Assert.That(invitation.TokenHash, Is.EqualTo(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(code)))));
        Assert.That(invitation.NormalizedEmail, Is.EqualTo(email.ToUpperInvariant()));
        Assert.That(invitation.ExpiresAt - invitation.CreatedAt, Is.EqualTo(TimeSpan.FromDays(7)));
    }

    [Test]
    public async Task Staff_who_are_not_admins_cannot_open_the_team_page_or_invite()
    {
        using var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("staff"), Roles.Staff);
        var (_, products) = await staff.GetPageAsync("/admin/products");
        var token = products.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var email = Accounts.UniqueEmail("sneaky");

        var page = await staff.GetAsync("/admin/team");
        var posted = await staff.PostAsync("/admin/team/invite", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["Invite.Email"] = email, ["Invite.Role"] = Roles.Admin, ["__RequestVerificationToken"] = token }));

        Assert.Multiple(async () =>
        {
            Assert.That(products.QuerySelector("a[href='/admin/team']"), Is.Null, "the staff menu shows Team to admins only");
            Assert.That((int)page.StatusCode, Is.EqualTo(403).Or.EqualTo(302));
            if (page.StatusCode == HttpStatusCode.Redirect) Assert.That(page.Headers.Location!.OriginalString, Does.Contain("access-denied"));
            Assert.That((int)posted.StatusCode, Is.EqualTo(403).Or.EqualTo(302).Or.EqualTo(400));
            if (posted.StatusCode == HttpStatusCode.Redirect) Assert.That(posted.Headers.Location!.OriginalString, Does.Contain("access-denied"));
            Assert.That(await App.WithDbAsync(db => db.StaffInvitations.CountAsync(i => i.Email == email)), Is.Zero);
            Assert.That(App.MailTo(email), Is.Empty);
        });
    }

    [Test]
    public async Task An_address_with_an_account_accepts_signed_in_and_gets_the_role()
    {
        var (admin, adminEmail) = await AdminAsync();
        var email = Accounts.UniqueEmail("shopper");
        var account = await App.CreateAccountAsync(email);

        var link = await InvitedAsync(admin, email, Roles.Admin);
        var mail = App.LastMailTo(email).TextBody;
        using var invitee = App.Browser();
        var (_, signedOut) = await invitee.GetPageAsync(link);
        await invitee.SignInAsync(email);
        var (_, signedIn) = await invitee.GetPageAsync(link);
        var accepted = await invitee.SubmitFormAsync(signedIn, "form.accept-invitation");
        var team = await invitee.GetAsync("/admin/team");

        Assert.Multiple(async () =>
        {
            Assert.That(mail, Does.Contain("You already have an account at Shop with this address: sign in with it"));
            Assert.That(signedOut.Text(".sign-in-first"), Does.Contain("sign in with it to accept"));
            Assert.That(signedOut.QuerySelector("form.join-team"), Is.Null, "no second account for the address");
            Assert.That(accepted.Headers.Location?.OriginalString, Is.EqualTo("/admin"));
            Assert.That(team.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the same session is an admin now");
            Assert.That(await RolesOfAsync(email), Is.EqualTo(new[] { Roles.Admin }));
            var grant = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.EntityType == "User" && e.EntityId == account.Id));
            Assert.That(grant.Action, Is.EqualTo("RoleGranted"));
            Assert.That(grant.UserEmail, Is.EqualTo(adminEmail), "granted by the admin who invited");
            Assert.That(grant.After, Does.Contain("\"Role\":\"Admin\""));
        });
    }

    [Test]
    public async Task Another_account_signed_in_is_asked_to_sign_out_and_cannot_take_the_invitation()
    {
        var (admin, _) = await AdminAsync();
        var email = Accounts.UniqueEmail("invited");
        var link = await InvitedAsync(admin, email);
        var other = Accounts.UniqueEmail("other");
        using var otherBrowser = await App.CreateAccountAndSignInAsync(other);

        var (response, page) = await otherBrowser.GetPageAsync(link);
        var token = page.AntiforgeryToken(".other-account form");
        var posted = await otherBrowser.PostAsync(LinkPath + "/accept", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["code"] = QueryHelpers.ParseQuery(new Uri("http://x" + link).Query)["code"].ToString(), ["__RequestVerificationToken"] = token }));

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Text(".other-account"), Does.Contain($"You are signed in as {other}, but this invitation is for {email}."));
            Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(await RolesOfAsync(other), Is.Empty);
            Assert.That((await InvitationAsync(email)).AcceptedAt, Is.Null, "still open for its address");
        });
    }

    [Test]
    public async Task An_expired_link_is_refused_and_makes_no_account()
    {
        var (admin, _) = await AdminAsync();
        var email = Accounts.UniqueEmail("late");
        var link = await InvitedAsync(admin, email);
        using var invitee = App.Browser();
        var (_, form) = await invitee.GetPageAsync(link);
        var id = (await InvitationAsync(email)).Id;
        await App.WithDbAsync(async db =>
        {
            var invitation = await db.StaffInvitations.SingleAsync(i => i.Id == id);
            db.Entry(invitation).Property(i => i.ExpiresAt).CurrentValue = DateTimeOffset.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        });

        var (opened, page) = await invitee.GetPageAsync(link);
        var posted = await invitee.SubmitFormAsync(form, "form.join-team", new Dictionary<string, string?> { ["Form.FullName"] = "Late", ["Form.Password"] = Accounts.Password });
        var (_, team) = await admin.GetPageAsync("/admin/team");

        Assert.Multiple(async () =>
        {
            Assert.That(opened.StatusCode, Is.EqualTo(HttpStatusCode.Gone));
            Assert.That(page.Text("h1"), Is.EqualTo("This invitation has expired"));
            Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.Gone));
            Assert.That(await App.WithDbAsync(db => db.Users.CountAsync(u => u.Email == email)), Is.Zero);
            Assert.That(team.QuerySelectorAll("tr.invitation-row").Single(r => r.Text().Contains(email)).QuerySelector(".invitation-expires").Text(), Is.EqualTo("Expired"));
        });
    }

    [Test]
    public async Task A_withdrawn_link_is_refused_and_the_withdrawal_is_audited()
    {
        var (admin, _) = await AdminAsync();
        var email = Accounts.UniqueEmail("withdrawn");
        var link = await InvitedAsync(admin, email);
        var id = (await InvitationAsync(email)).Id;

        var (_, team) = await admin.GetPageAsync("/admin/team");
        var row = team.QuerySelectorAll("tr.invitation-row").Single(r => r.Text().Contains(email));
        var withdrawn = await admin.SubmitFormAsync(team, $"form[action='/admin/team/invitations/{id}/withdraw']");
        var after = await admin.FollowAsync(withdrawn);
        using var invitee = App.Browser();
        var (opened, page) = await invitee.GetPageAsync(link);

        Assert.Multiple(async () =>
        {
            Assert.That(row.QuerySelector("button")?.GetAttribute("aria-label"), Is.EqualTo($"Withdraw the invitation to {email}"));
            Assert.That(after.Text(".admin-notice"), Is.EqualTo("Invitation withdrawn: its link no longer works."));
            Assert.That(after.Texts(".invitation-email"), Does.Not.Contain(email));
            Assert.That(opened.StatusCode, Is.EqualTo(HttpStatusCode.Gone));
            Assert.That(page.Text("h1"), Is.EqualTo("This invitation was withdrawn"));
            Assert.That(await AuditAsync(StaffInvitations.EntityType, id.ToString()), Is.EqualTo(new[] { "Invited", "Withdrawn" }));
        });
    }

    [Test]
    public async Task A_used_link_is_refused_the_second_time()
    {
        var (admin, _) = await AdminAsync();
        var email = Accounts.UniqueEmail("once");
        var link = await InvitedAsync(admin, email);
        using (var invitee = App.Browser()) Assert.That((await JoinAsync(invitee, link)).Headers.Location?.OriginalString, Is.EqualTo("/admin"));

        using var someoneElse = App.Browser();
        var (again, page) = await someoneElse.GetPageAsync(link);

        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Gone));
        Assert.That(page.Text("h1"), Is.EqualTo("This invitation was accepted already"));
        Assert.That(page.QuerySelector("form.join-team"), Is.Null);
    }

    [Test]
    public async Task Inviting_an_address_again_renews_its_invitation_and_the_old_link_stops_working()
    {
        var (admin, _) = await AdminAsync();
        var email = Accounts.UniqueEmail("twice");
        var first = await InvitedAsync(admin, email);
        var second = await InvitedAsync(admin, email, Roles.Admin);
        using var invitee = App.Browser();

        var (old, oldPage) = await invitee.GetPageAsync(first);
        var joined = await JoinAsync(invitee, second);

        Assert.Multiple(async () =>
        {
            Assert.That(await App.WithDbAsync(db => db.StaffInvitations.CountAsync(i => i.Email == email)), Is.EqualTo(1), "one invitation per address");
            Assert.That(old.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(oldPage.Text("h1"), Is.EqualTo("This invitation link doesn't work"));
            Assert.That(joined.Headers.Location?.OriginalString, Is.EqualTo("/admin"));
            Assert.That(await RolesOfAsync(email), Is.EqualTo(new[] { Roles.Admin }), "the role of the latest invitation");
            var id = (await InvitationAsync(email)).Id.ToString();
            Assert.That(await AuditAsync(StaffInvitations.EntityType, id), Is.EqualTo(new[] { "Invited", "InvitedAgain", "Accepted" }));
        });
    }

    [TestCase("not-an-email", Roles.Staff, "Invite.Email", "Enter an email address like name@example.com.")]
    [TestCase("", Roles.Staff, "Invite.Email", "Enter the email address to invite.")]
    [TestCase("someone@example.com", "Owner", "Invite.Role", "Choose Staff or Admin.")]
    public async Task A_refused_invitation_shows_why_beside_its_field_and_keeps_what_was_typed(string email, string role, string field, string message)
    {
        var (admin, _) = await AdminAsync();

        var response = await InviteAsync(admin, email, role);
        var page = await response.ReadHtmlAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(page.Text($"span[data-valmsg-for='{field}']"), Is.EqualTo(message));
            Assert.That(page.QuerySelector("input[name='Invite.Email']")?.GetAttribute("value"), Is.EqualTo(email));
            Assert.That(await App.WithDbAsync(db => db.StaffInvitations.CountAsync(i => i.Email == email)), Is.Zero);
        });
    }

    [Test]
    public async Task Inviting_someone_who_has_the_role_already_is_refused_beside_the_email()
    {
        var (admin, _) = await AdminAsync();
        var staff = Accounts.UniqueEmail("already");
        await App.CreateAccountAsync(staff, roles: Roles.Staff);

        var response = await InviteAsync(admin, staff);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ReadHtmlAsync()).Text("span[data-valmsg-for='Invite.Email']"), Is.EqualTo("This account has the Staff role already."));
        Assert.That(App.MailTo(staff), Is.Empty);
    }

    [Test]
    public async Task The_new_password_follows_the_shops_rules_beside_the_field()
    {
        var (admin, _) = await AdminAsync();
        var email = Accounts.UniqueEmail("weak");
        var link = await InvitedAsync(admin, email);
        using var invitee = App.Browser();

        var tooShort = await JoinAsync(invitee, link, password: "short");
        var samey = await JoinAsync(invitee, link, password: "aaaaaaaaaaaa");
        var noName = await JoinAsync(invitee, link, name: "");

        Assert.Multiple(async () =>
        {
            Assert.That(tooShort.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await tooShort.ReadHtmlAsync()).Text("span[data-valmsg-for='Form.Password']"), Is.EqualTo("Use at least 10 characters."));
            Assert.That(samey.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await samey.ReadHtmlAsync()).Text("span[data-valmsg-for='Form.Password']"), Does.Contain("4"), "Identity's own rule (distinct characters)");
            Assert.That(noName.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await noName.ReadHtmlAsync()).Text("span[data-valmsg-for='Form.FullName']"), Is.EqualTo("Enter your name."));
            Assert.That(await App.WithDbAsync(db => db.Users.CountAsync(u => u.Email == email)), Is.Zero);
            Assert.That((await InvitationAsync(email)).AcceptedAt, Is.Null, "the link still works");
        });
    }

    [Test]
    [Repeat(3)]
    public async Task A_double_submit_of_the_accept_form_makes_one_account()
    {
        var (admin, _) = await AdminAsync();
        var email = Accounts.UniqueEmail("double");
        var link = await InvitedAsync(admin, email);
        using var invitee = App.Browser();
        var (_, page) = await invitee.GetPageAsync(link);
        var typed = new Dictionary<string, string?> { ["Form.FullName"] = "Dee Double", ["Form.Password"] = Accounts.Password };

        var posts = await Task.WhenAll(invitee.SubmitFormAsync(page, "form.join-team", typed), invitee.SubmitFormAsync(page, "form.join-team", typed));

        var accounts = await App.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).ToListAsync());
        Assert.Multiple(async () =>
        {
            Assert.That(posts.Select(p => (int)p.StatusCode), Has.None.GreaterThanOrEqualTo(500));
            Assert.That(posts.Select(p => p.Headers.Location?.OriginalString), Is.All.EqualTo("/admin"), "the second post answered as the first");
            Assert.That(accounts, Has.Count.EqualTo(1));
            Assert.That(await AuditAsync("User", accounts[0]), Is.EqualTo(new[] { "RoleGranted" }));
        });
    }
}
