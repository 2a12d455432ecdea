using Shop.Web.Admin;
using Shop.Web.Admin.Customers;

namespace Shop.Tests.Admin;

/// <summary>Accounts from the admin side: lock, unlock, roles, and the rule that the shop always keeps an admin.</summary>
public class CustomerAdminTests : ShopFixture
{
    protected override bool ShopPerTest => true;

    protected override Dictionary<string, string?> Settings => NoDemoCatalog();

    private Task<List<string>> AuditActionsAsync(string userId) => App.WithDbAsync(db =>
        db.AuditEntries.Where(e => e.EntityType == "User" && e.EntityId == userId).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());

    /// <summary>Makes an account the test acts on; returns its id.</summary>
    private async Task<string> AccountIdAsync(string email, params string[] roles) => (await App.CreateAccountAsync(email, roles: roles)).Id;

    private static async Task<AngleSharp.Dom.IDocument> PressAsync(HttpClient client, string detailUrl, string formSelector)
    {
        var response = await client.SubmitFormAsync(detailUrl, formSelector);
        return await client.FollowAsync(response);
    }

    [Test]
    [Repeat(5)]
    public async Task Two_admins_revoking_each_other_at_the_same_instant_leave_the_shop_an_admin()
    {
        var ada = await App.CreateAccountAsync(Accounts.UniqueEmail("admin"), roles: Roles.Admin);
        var bob = await App.CreateAccountAsync(Accounts.UniqueEmail("admin"), roles: Roles.Admin);

        Task<string?> RevokeAsync(ShopUser who, ShopUser by) => Task.Run(async () =>
        {
            await using var scope = App.Services.CreateAsyncScope();
            var admin = scope.ServiceProvider.GetRequiredService<CustomerAdmin>();
            try
            {
                return await admin.SetRoleAsync(who.Id, Roles.Admin, grant: false, new StaffMember(by.Id, by.Email!), CancellationToken.None);
            }
            catch (DbUpdateException) // SQLite refusing the second writer is also an acceptable refusal
            {
                return "refused by the database";
            }
        });
        var answers = await Task.WhenAll(RevokeAsync(ada, bob), RevokeAsync(bob, ada));

        var admins = await App.WithDbAsync(db => (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
                                                    where r.Name == Roles.Admin select ur.UserId).ToListAsync());
        Assert.That(admins.Intersect([ada.Id, bob.Id]), Is.Not.Empty, $"answers: {string.Join(" / ", answers)}");
        Assert.That(answers.Count(a => a is not null), Is.GreaterThanOrEqualTo(1), "at least one of the two was refused");
    }

    [Test]
    public async Task An_admin_locks_a_shopper_out_and_unlocks_them_and_both_are_audited()
    {
        var shopper = Accounts.UniqueEmail();
        var id = await AccountIdAsync(shopper);
        using var client = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("admin"), Roles.Admin);

        var locked = await PressAsync(client, $"/admin/customers/{id}", "form.lock-form");
        using var shopperBrowser = App.Browser();
        var refused = await shopperBrowser.PostSignInAsync(shopper, Accounts.Password);
        var unlocked = await PressAsync(client, $"/admin/customers/{id}", "form.unlock-form");

        Assert.Multiple(async () =>
        {
            Assert.That(locked.Text(".account-status"), Is.EqualTo("Locked"));
            Assert.That(refused.StatusCode, Is.Not.EqualTo(HttpStatusCode.Redirect), "a locked account cannot sign in");
            Assert.That(unlocked.Text(".account-status"), Is.EqualTo("Active"));
            Assert.That(await AuditActionsAsync(id), Is.EqualTo(new[] { "Locked", "Unlocked" }));
        });
    }

    [Test]
    public async Task An_admin_downloads_a_customers_data_for_a_request_by_mail_and_it_is_audited()
    {
        var shopper = Accounts.UniqueEmail("datarequest");
        var id = await AccountIdAsync(shopper);
        using var admin = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("admin"), Roles.Admin);
        using var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("staff"), Roles.Staff);

        var file = await admin.SubmitFormAsync($"/admin/customers/{id}", "form.data-copy-form");
        var (_, staffPage) = await staff.GetPageAsync($"/admin/customers/{id}");
        var byStaff = await staff.PostAsync($"/admin/customers/{id}/data", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["__RequestVerificationToken"] = staffPage.AntiforgeryToken("form.lock-form") }));

        Assert.Multiple(async () =>
        {
            Assert.That(file.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(file.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            Assert.That(file.Content.Headers.ContentDisposition?.FileName, Is.EqualTo($"customer-data-{id}.json"));
            using var json = System.Text.Json.JsonDocument.Parse(await file.Content.ReadAsStringAsync());
            Assert.That(json.RootElement.GetProperty("account").GetProperty("email").GetString(), Is.EqualTo(shopper));
            Assert.That(staffPage.QuerySelector("form.data-copy-form"), Is.Null, "admins only");
            Assert.That((int)byStaff.StatusCode, Is.EqualTo(403).Or.EqualTo(302));
            if (byStaff.StatusCode == HttpStatusCode.Redirect) Assert.That(byStaff.Headers.Location!.OriginalString, Does.Contain("access-denied"));
            Assert.That(await AuditActionsAsync(id), Is.EqualTo(new[] { "DataCopied" }), "the admin's copy, not staff's attempt");
        });
    }

    [Test]
    public async Task The_last_admin_cannot_give_up_the_admin_role()
    {
        var admin = Accounts.UniqueEmail("admin");
        var id = await AccountIdAsync(admin, Roles.Admin);
        using var client = await App.SignedInBrowserAsync(admin);

        var page = await PressAsync(client, $"/admin/customers/{id}", "form.role-admin");

        Assert.That(page.Text(".admin-notice"), Does.Contain("last admin"));
        Assert.That(page.Text(".account-roles"), Does.Contain(Roles.Admin));
        Assert.That(await AuditActionsAsync(id), Is.Empty);
    }

    [Test]
    public async Task Granting_staff_lets_a_shopper_into_the_staff_pages_and_is_audited()
    {
        var shopper = Accounts.UniqueEmail();
        var id = await AccountIdAsync(shopper);
        using var client = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("admin"), Roles.Admin);

        var page = await PressAsync(client, $"/admin/customers/{id}", "form.role-staff");
        using var newStaff = await App.SignedInBrowserAsync(shopper);
        var staffPage = await newStaff.GetAsync("/admin/products");

        Assert.That(page.Text(".account-roles"), Is.EqualTo(Roles.Staff));
        Assert.That(staffPage.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await AuditActionsAsync(id), Is.EqualTo(new[] { "RoleGranted" }));
    }

    [Test]
    public async Task A_second_admin_can_take_admin_rights_from_the_first()
    {
        var id = await AccountIdAsync(Accounts.UniqueEmail("admin"), Roles.Admin);
        using var client = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("admin2"), Roles.Admin);

        var page = await PressAsync(client, $"/admin/customers/{id}", "form.role-admin");

        Assert.That(page.Text(".account-roles"), Is.EqualTo("Shopper"));
    }

    [Test]
    public async Task Staff_cannot_lock_another_staff_account()
    {
        var id = await AccountIdAsync(Accounts.UniqueEmail("staff2"), Roles.Staff);
        using var client = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("staff"), Roles.Staff);

        var page = await PressAsync(client, $"/admin/customers/{id}", "form.lock-form");

        Assert.That(page.Text(".admin-notice"), Is.EqualTo("Only an admin can lock a staff account."));
        Assert.That(page.Text(".account-status"), Is.EqualTo("Active"));
    }

    [Test]
    public async Task Customers_are_found_by_email_or_name()
    {
        var shopper = Accounts.UniqueEmail("findme");
        await App.CreateAccountAsync(shopper, name: "Grace Hopper");
        using var client = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("admin"), Roles.Admin);

        var (_, byEmail) = await client.GetPageAsync("/admin/customers?q=findme");
        var (_, byName) = await client.GetPageAsync("/admin/customers?q=grace");

        Assert.That(byEmail.Texts(".customer-email"), Is.EqualTo(new[] { shopper }));
        Assert.That(byName.Texts(".customer-email"), Is.EqualTo(new[] { shopper }));
    }
}
