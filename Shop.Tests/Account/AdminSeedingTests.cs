using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Shop.Web.Mail;

namespace Shop.Tests.Account;

/// <summary>What an operator gets on first run: roles, an administrator from configuration, safe cookies, mail.</summary>
public class AdminSeedingTests
{
    private static Dictionary<string, string?> Settings(string? password, string? data = null)
    {
        var s = new Dictionary<string, string?> { ["Shop:SeedDemoCatalog"] = "false", ["Shop:Admin:Email"] = "boss@shop.test", ["Shop:Admin:Password"] = password };
        if (data is not null) s["Shop:DataDirectory"] = data;
        return s;
    }

    private static Task<List<string>> AdminRolesAsync(ShopApp app) => app.WithDbAsync(db =>
        (from u in db.Users
         join ur in db.UserRoles on u.Id equals ur.UserId
         join r in db.Roles on ur.RoleId equals r.Id
         where u.Email == "boss@shop.test"
         select r.Name!).ToListAsync());

    [Test]
    public async Task The_configured_admin_is_seeded_once_and_can_sign_in()
    {
        var data = Path.Combine(Path.GetTempPath(), "shop-tests", Guid.NewGuid().ToString("n"));
        try
        {
            using (var first = new ShopApp(Settings("configured-admin-pass-1", data)))
            {
                Assert.That(await AdminRolesAsync(first), Is.EqualTo(new[] { Roles.Admin }));
                Assert.That(await first.WithDbAsync(db => db.Roles.Select(r => r.Name).OrderBy(n => n).ToListAsync()), Is.EqualTo(new[] { "Admin", "Staff" }));
                using var client = first.Browser();
                await client.SignInAsync("boss@shop.test", "configured-admin-pass-1");
                var (_, page) = await client.GetPageAsync("/account");
                Assert.That(page.Text(".account-roles"), Is.EqualTo("Admin"));
            }

            // A restart with a different configured password neither duplicates nor overwrites the admin.
            using var second = new ShopApp(Settings("another-admin-pass-2", data));
            Assert.That(await second.WithDbAsync(db => db.Users.CountAsync(u => u.Email == "boss@shop.test")), Is.EqualTo(1));
            Assert.That(await second.WithDbAsync(db => db.Roles.CountAsync()), Is.EqualTo(2));
            using var again = second.Browser();
            await again.SignInAsync("boss@shop.test", "configured-admin-pass-1");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task InAppAsync(ShopApp app, Func<UserManager<ShopUser>, Task> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<UserManager<ShopUser>>());
    }

    [Test]
    public async Task A_demoted_admin_stays_demoted_across_restarts_and_the_log_says_how_to_make_it_admin_again()
    {
        var data = Path.Combine(Path.GetTempPath(), "shop-tests", Guid.NewGuid().ToString("n"));
        try
        {
            using (var first = new ShopApp(Settings("configured-admin-pass-1", data)))
            {
                await first.CreateAccountAsync(Accounts.UniqueEmail("carol"), roles: Roles.Admin);
                await InAppAsync(first, async users =>
                    Assert.That((await users.RemoveFromRoleAsync((await users.FindByEmailAsync("boss@shop.test"))!, Roles.Admin)).Succeeded));
            }

            var log = new LogCapture();
            using var second = new ShopApp(Settings("configured-admin-pass-1", data)) { TestServices = s => s.AddSingleton<ILoggerProvider>(log) };

            Assert.That(await AdminRolesAsync(second), Is.Empty);
            Assert.That(log.Lines, Has.Some.Matches<string>(l => l!.Contains("boss@shop.test (Shop:Admin:Email) has an account that is not an administrator") && l.Contains("/admin/customers")));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    [Test]
    public async Task After_the_first_admin_changes_its_email_a_production_start_creates_no_second_admin_and_a_later_registrant_of_the_address_gets_no_role()
    {
        var data = Path.Combine(Path.GetTempPath(), "shop-tests", Guid.NewGuid().ToString("n"));
        ShopApp Start(LogCapture log) => new(Settings("configured-admin-pass-1", data))
        {
            Environment = "Production", UseDatabaseTemplate = false, TestServices = s => s.AddSingleton<ILoggerProvider>(log),
        };
        try
        {
            using (var first = Start(new LogCapture()))
            {
                await InAppAsync(first, async users =>
                {
                    var boss = (await users.FindByEmailAsync("boss@shop.test"))!;
                    await users.SetUserNameAsync(boss, "owner@shop.test");
                    Assert.That((await users.SetEmailAsync(boss, "owner@shop.test")).Succeeded);
                });
            }

            using (var second = Start(new LogCapture()))
            {
                Assert.That(await second.WithDbAsync(db => db.Users.Select(u => u.Email).ToListAsync()), Is.EqualTo(new[] { "owner@shop.test" }), "no second administrator");
                await second.CreateAccountAsync("boss@shop.test", "someone-elses-pass-3");
            }

            var log = new LogCapture();
            using var third = Start(log);
            Assert.That(await AdminRolesAsync(third), Is.Empty);
            Assert.That(log.Lines, Has.Some.Contains("boss@shop.test (Shop:Admin:Email) has an account that is not an administrator"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    [Test]
    public async Task An_account_with_the_configured_email_in_a_shop_without_administrators_is_not_made_one_and_the_log_says_what_to_do()
    {
        var data = Path.Combine(Path.GetTempPath(), "shop-tests", Guid.NewGuid().ToString("n"));
        try
        {
            using (var first = new ShopApp(Settings("", data)) { Environment = "Production", UseDatabaseTemplate = false })
                await first.CreateAccountAsync("boss@shop.test", "someone-elses-pass-3");

            var log = new LogCapture();
            using var second = new ShopApp(Settings("configured-admin-pass-1", data))
                { Environment = "Production", UseDatabaseTemplate = false, TestServices = s => s.AddSingleton<ILoggerProvider>(log) };

            Assert.That(await AdminRolesAsync(second), Is.Empty);
            Assert.That(log.Lines, Has.Some.Matches<string>(l => l!.Contains("the shop has no administrator") && l.Contains("Set Shop:Admin:Email to an address without an account")));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>A start that dies after the administrator's account is saved and before its role is.</summary>
    private sealed class DiesBeforeTheRole(ShopDbContext db) : UserStore<ShopUser, IdentityRole, ShopDbContext>(db)
    {
        public override Task AddToRoleAsync(ShopUser user, string normalizedRoleName, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The start died here.");
    }

    [Test]
    public async Task A_start_that_dies_between_the_administrators_account_and_its_role_leaves_neither_and_the_next_start_makes_the_admin()
    {
        var data = Path.Combine(Path.GetTempPath(), "shop-tests", Guid.NewGuid().ToString("n"));
        try
        {
            using (var dies = new ShopApp(Settings("configured-admin-pass-1", data))
                   { Environment = "Production", UseDatabaseTemplate = false, TestServices = s => s.AddScoped<IUserStore<ShopUser>, DiesBeforeTheRole>() })
                Assert.That(() => dies.Services, Throws.Exception);

            var log = new LogCapture();
            using var next = new ShopApp(Settings("configured-admin-pass-1", data))
                { Environment = "Production", UseDatabaseTemplate = false, TestServices = s => s.AddSingleton<ILoggerProvider>(log) };

            Assert.That(await AdminRolesAsync(next), Is.EqualTo(new[] { Roles.Admin }));
            Assert.That(await next.WithDbAsync(db => db.Users.CountAsync()), Is.EqualTo(1));
            Assert.That(log.Lines, Has.None.Contains("not an administrator"));
            await InAppAsync(next, async users =>
                Assert.That(await users.CheckPasswordAsync((await users.FindByEmailAsync("boss@shop.test"))!, "configured-admin-pass-1"), Is.True));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        }
    }

    [Test]
    public async Task Outside_development_no_admin_is_seeded_without_a_password_and_cookies_are_secure_only()
    {
        var log = new LogCapture();
        using var app = new ShopApp(Settings("")) { Environment = "Production", UseDatabaseTemplate = false, TestServices = s => s.AddSingleton<ILoggerProvider>(log) };

        Assert.That(await AdminRolesAsync(app), Is.Empty);
        Assert.That(await app.WithDbAsync(db => db.Users.AnyAsync()), Is.False);
        Assert.That(log.Lines, Has.Some.Contains("No administrator seeded"));
        var cookie = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme).Cookie;
        Assert.Multiple(() =>
        {
            Assert.That(cookie.SecurePolicy, Is.EqualTo(CookieSecurePolicy.Always));
            Assert.That(cookie.HttpOnly, Is.True);
            Assert.That(cookie.SameSite, Is.EqualTo(SameSiteMode.Lax));
        });
    }

    [Test]
    public async Task In_development_without_a_password_a_strong_one_is_generated_and_handed_to_the_start_up_summary_once()
    {
        var data = Path.Combine(Path.GetTempPath(), "shop-tests", Guid.NewGuid().ToString("n"));
        try
        {
            string password;
            using (var first = new ShopApp(Settings("", data)) { Environment = "Development" })
            {
                Assert.That(await AdminRolesAsync(first), Is.EqualTo(new[] { Roles.Admin }));
                password = first.Services.GetRequiredService<SeededAdministrator>().GeneratedPassword!;
                Assert.That(password, Has.Length.GreaterThanOrEqualTo(20));
                using var client = first.Browser();
                await client.SignInAsync("boss@shop.test", password);
            }

            using var second = new ShopApp(Settings("", data)) { Environment = "Development" };
            Assert.That(second.Services.GetRequiredService<SeededAdministrator>().GeneratedPassword, Is.Null, "shown only when created");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    [Test]
    public void Mail_goes_over_smtp_when_a_host_is_configured_and_to_the_drop_folder_otherwise()
    {
        using var withSmtp = new ShopApp(new() { ["Shop:SeedDemoCatalog"] = "false", ["Mail:Smtp:Host"] = "smtp.shop.test" });
        using var without = new ShopApp(new() { ["Shop:SeedDemoCatalog"] = "false" });
        Assert.That(withSmtp.Services.GetRequiredService<IMailSender>(), Is.TypeOf<SmtpMailSender>());
        Assert.That(without.Services.GetRequiredService<IMailSender>(), Is.TypeOf<MailDropFolder>());
    }

    [Test]
    public async Task The_drop_folder_writes_an_eml_with_html_and_text_and_logs_the_file()
    {
        var log = new LogCapture();
        using var app = new ShopApp(new() { ["Shop:SeedDemoCatalog"] = "false", ["Logging:LogLevel:Default"] = "Information" })
        { TestServices = s => s.AddSingleton<ILoggerProvider>(log) };

        await app.Services.GetRequiredService<IMailSender>().SendAsync(new MailMessage("someone@example.com", "Hello", "<p>Hi</p>", "Hi"));

        var mail = app.LastMailTo("someone@example.com");
        Assert.That(mail.HtmlBody, Does.Contain("<p>Hi</p>"));
        Assert.That(mail.TextBody, Does.Contain("Hi"));
        Assert.That(mail.From.Mailboxes.Single().Address, Is.EqualTo("shop@shop.local"));
        var file = Directory.GetFiles(Path.Combine(app.DataDirectory, "mail"), "*.eml").Single();
        Assert.That(log.Lines, Has.Some.Contains(file));
    }
}
