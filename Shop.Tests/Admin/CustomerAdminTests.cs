using System.Net;
using Microsoft.EntityFrameworkCore;
using Shop.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Shop.Web.Account;
using Shop.Web.Admin;
using Shop.Web.Admin.Customers;
using Shop.Web.Data;
using Shop.Web.Admin.Audit;

namespace Shop.Tests.Admin;

/// <summary>Accounts from the admin side: lock, unlock, roles, and the rule that the shop always keeps an admin.</summary>
public class CustomerAdminTests
{
    private ShopApp _app = null!;

    [SetUp]
    public void StartShop() => _app = new ShopApp(new() { ["Shop:SeedDemoCatalog"] = "false" });

    [TearDown]
    public void StopShop() => _app.Dispose();

    private Task<string> IdOfAsync(string email) => _app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<List<string>> AuditActionsAsync(string userId) => _app.WithDbAsync(db =>
        db.AuditEntries.Where(e => e.EntityType == "User" && e.EntityId == userId).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());

    private static async Task<AngleSharp.Dom.IDocument> PressAsync(HttpClient client, string detailUrl, string formSelector)
    {
        var response = await client.SubmitFormAsync(detailUrl, formSelector);
        return await client.FollowAsync(response);
    }

    [Test]
    [Repeat(5)]
    public async Task Two_admins_revoking_each_other_at_the_same_instant_leave_the_shop_an_admin()
    {
        var ada = await _app.CreateAccountAsync(Accounts.UniqueEmail("admin"), roles: Roles.Admin);
        var bob = await _app.CreateAccountAsync(Accounts.UniqueEmail("admin"), roles: Roles.Admin);

        Task<string?> RevokeAsync(ShopUser who, ShopUser by) => Task.Run(async () =>
        {
            await using var scope = _app.Services.CreateAsyncScope();
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

        var admins = await _app.WithDbAsync(db => (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
                                                    where r.Name == Roles.Admin select ur.UserId).ToListAsync());
        Assert.That(admins.Intersect([ada.Id, bob.Id]), Is.Not.Empty, $"answers: {string.Join(" / ", answers)}");
        Assert.That(answers.Count(a => a is not null), Is.GreaterThanOrEqualTo(1), "at least one of the two was refused");
    }

    [Test]
    public async Task An_admin_locks_a_shopper_out_and_unlocks_them_and_both_are_audited()
    {
        var admin = Accounts.UniqueEmail("admin");
        var shopper = Accounts.UniqueEmail();
        await _app.CreateAccountAsync(admin, roles: Roles.Admin);
        await _app.CreateAccountAsync(shopper);
        var id = await IdOfAsync(shopper);
        using var client = await _app.SignedInBrowserAsync(admin);

        var locked = await PressAsync(client, $"/admin/customers/{id}", "form.lock-form");
        using var shopperBrowser = _app.Browser();
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
    public async Task The_last_admin_cannot_give_up_the_admin_role()
    {
        var admin = Accounts.UniqueEmail("admin");
        await _app.CreateAccountAsync(admin, roles: Roles.Admin);
        var id = await IdOfAsync(admin);
        using var client = await _app.SignedInBrowserAsync(admin);

        var page = await PressAsync(client, $"/admin/customers/{id}", "form.role-admin");

        Assert.That(page.Text(".admin-notice"), Does.Contain("last admin"));
        Assert.That(page.Text(".account-roles"), Does.Contain(Roles.Admin));
        Assert.That(await AuditActionsAsync(id), Is.Empty);
    }

    [Test]
    public async Task Granting_staff_lets_a_shopper_into_the_staff_pages_and_is_audited()
    {
        var admin = Accounts.UniqueEmail("admin");
        var shopper = Accounts.UniqueEmail();
        await _app.CreateAccountAsync(admin, roles: Roles.Admin);
        await _app.CreateAccountAsync(shopper);
        var id = await IdOfAsync(shopper);
        using var client = await _app.SignedInBrowserAsync(admin);

        var page = await PressAsync(client, $"/admin/customers/{id}", "form.role-staff");
        using var newStaff = await _app.SignedInBrowserAsync(shopper);
        var staffPage = await newStaff.GetAsync("/admin/products");

        Assert.That(page.Text(".account-roles"), Is.EqualTo(Roles.Staff));
        Assert.That(staffPage.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await AuditActionsAsync(id), Is.EqualTo(new[] { "RoleGranted" }));
    }

    [Test]
    public async Task A_second_admin_can_take_admin_rights_from_the_first()
    {
        var first = Accounts.UniqueEmail("admin");
        var second = Accounts.UniqueEmail("admin2");
        await _app.CreateAccountAsync(first, roles: Roles.Admin);
        await _app.CreateAccountAsync(second, roles: Roles.Admin);
        var id = await IdOfAsync(first);
        using var client = await _app.SignedInBrowserAsync(second);

        var page = await PressAsync(client, $"/admin/customers/{id}", "form.role-admin");

        Assert.That(page.Text(".account-roles"), Is.EqualTo("Shopper"));
    }

    [Test]
    public async Task Staff_cannot_lock_another_staff_account()
    {
        var staff = Accounts.UniqueEmail("staff");
        var colleague = Accounts.UniqueEmail("staff2");
        await _app.CreateAccountAsync(staff, roles: Roles.Staff);
        await _app.CreateAccountAsync(colleague, roles: Roles.Staff);
        var id = await IdOfAsync(colleague);
        using var client = await _app.SignedInBrowserAsync(staff);

        var page = await PressAsync(client, $"/admin/customers/{id}", "form.lock-form");

        Assert.That(page.Text(".admin-notice"), Is.EqualTo("Only an admin can lock a staff account."));
        Assert.That(page.Text(".account-status"), Is.EqualTo("Active"));
    }

    [Test]
    public async Task Customers_are_found_by_email_or_name()
    {
        var admin = Accounts.UniqueEmail("admin");
        var shopper = Accounts.UniqueEmail("findme");
        await _app.CreateAccountAsync(admin, roles: Roles.Admin);
        await _app.CreateAccountAsync(shopper, name: "Grace Hopper");
        using var client = await _app.SignedInBrowserAsync(admin);

        var (_, byEmail) = await client.GetPageAsync("/admin/customers?q=findme");
        var (_, byName) = await client.GetPageAsync("/admin/customers?q=grace");

        Assert.That(byEmail.Texts(".customer-email"), Is.EqualTo(new[] { shopper }));
        Assert.That(byName.Texts(".customer-email"), Is.EqualTo(new[] { shopper }));
    }
}
