using System.Net.Sockets;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Shop.Web.Data;

namespace Shop.Tests.Operations;

/// <summary>
/// A newcomer's first start (#29), run as an operator runs it (its own process): the start-up block in Development,
/// `admin reset-password`, and the start-up failures that end in one sentence.
/// </summary>
public class FirstStartTests
{
    private const string Admin = "admin@shop.local";
    private string _data = "";

    [SetUp]
    public void NewDataFolder() => _data = Path.Combine(Path.GetTempPath(), "shop-tests", "first-start-" + Guid.NewGuid().ToString("n"));

    [TearDown]
    public void RemoveDataFolder()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_data)) Directory.Delete(_data, recursive: true);
    }

    private static Dictionary<string, string> Development() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
        ["Shop__SeedDemoCatalog"] = "false",
        ["Logging__LogLevel__Default"] = "Information",
    };

    [Test]
    public async Task Development_start_ends_with_one_block_naming_the_url_the_admin_and_its_password_on_the_first_run_only()
    {
        var first = await ShopCommand.StartUntilAsync(_data, Development(), until: "Database:");
        var again = await ShopCommand.StartUntilAsync(_data, Development(), until: "Database:");

        var block = Block(first.Output);
        Assert.That(block, Does.Match(@"Shop: +http://127\.0\.0\.1:[1-9]\d*/"), first.ToString());
        Assert.That(block, Does.Match(@"Staff sign-in: +http://127\.0\.0\.1:[1-9]\d*/account/sign-in"));
        Assert.That(block, Does.Match($@"Administrator: +{Regex.Escape(Admin)}, password \S{{24}} "));
        Assert.That(block, Does.Contain(Path.Combine(_data, "mail")).And.Contain("/dev/mail"));
        Assert.That(block, Does.Contain($"SQLite file {Path.Combine(_data, "shop.db")}"));
        Assert.That(first.Output, Does.Not.Contain("warn:").And.Not.Contain("No XML encryptor"));
        // Nothing but the block: no migrations applied, demo catalog seeded, checkout warm-up or host lines.
        Assert.That(Regex.Matches(first.Output, @"\b(dbug|info|warn|fail|crit): (\S+)").Select(m => m.Groups[2].Value),
            Is.EqualTo(new[] { "Shop.Web.Operations.StartupSummary[0]" }), first.Output);

        var second = Block(again.Output);
        Assert.That(second, Does.Contain($"Administrator:  {Admin} ").And.Not.Contain("password "), again.ToString());
        Assert.That(second, Does.Contain("admin reset-password"));
    }

    [Test]
    public async Task Reset_password_prints_a_new_password_that_signs_in_where_the_old_one_no_longer_does_and_unlocks()
    {
        const string old = "Old-Password-For-Tests-42x!";
        var migrate = await ShopCommand.RunAsync(_data, new Dictionary<string, string> { ["Shop__Admin__Password"] = old }, "migrate");
        Assert.That(migrate.ExitCode, Is.Zero, migrate.ToString());
        await WithAdminAsync(async (users, admin) =>
        {
            await users.SetLockoutEndDateAsync(admin, DateTimeOffset.UtcNow.AddHours(1));
            await users.SetTwoFactorEnabledAsync(admin, true);
        });

        var reset = await ShopCommand.RunAsync(_data, "admin", "reset-password");

        Assert.That(reset.ExitCode, Is.Zero, reset.ToString());
        var password = Regex.Match(reset.Output, $@"New password for {Regex.Escape(Admin)}: (\S+)").Groups[1].Value;
        Assert.That(password, Has.Length.EqualTo(24), reset.ToString());
        Assert.That(reset.Output, Does.Contain("Two-factor sign-in stays on"));
        await WithAdminAsync(async (users, admin) =>
        {
            Assert.That(await users.CheckPasswordAsync(admin, password), Is.True);
            Assert.That(await users.CheckPasswordAsync(admin, old), Is.False);
            Assert.That(await users.IsLockedOutAsync(admin), Is.False);
            Assert.That(await users.GetTwoFactorEnabledAsync(admin), Is.True);
        });
    }

    [Test]
    public async Task Reset_password_without_an_administrator_says_so_and_fails()
    {
        var migrate = await ShopCommand.RunAsync(_data, "migrate"); // Production, no password: no admin is created
        Assert.That(migrate.ExitCode, Is.Zero, migrate.ToString());

        var reset = await ShopCommand.RunAsync(_data, "admin", "reset-password");

        Assert.That(reset.ExitCode, Is.Not.Zero);
        Assert.That(reset.Error.Trim(), Does.StartWith($"There is no administrator account '{Admin}'"), reset.ToString());
        AssertOneSentence(reset);
    }

    [Test]
    public async Task A_shoppers_account_at_the_admin_address_is_not_called_administrator_and_reset_password_leaves_it_alone()
    {
        const string shoppers = "Shoppers-Own-Password-42x!";
        var migrate = await ShopCommand.RunAsync(_data, "migrate"); // Production, no password: no admin is created
        Assert.That(migrate.ExitCode, Is.Zero, migrate.ToString());
        await InShopAsync(async users =>
            Assert.That((await users.CreateAsync(new ShopUser { UserName = Admin, Email = Admin, EmailConfirmed = true, CreatedAt = DateTimeOffset.UtcNow }, shoppers)).Succeeded));

        var reset = await ShopCommand.RunAsync(_data, "admin", "reset-password");
        var start = await ShopCommand.StartUntilAsync(_data, Development(), until: "Database:");

        Assert.That(reset.ExitCode, Is.Not.Zero, reset.ToString());
        Assert.That(reset.Error.Trim(), Does.StartWith($"'{Admin}' (Shop:Admin:Email) has an account that is not an administrator, so its password was not reset"), reset.ToString());
        Assert.That(reset.Output, Does.Not.Contain("New password"));
        AssertOneSentence(reset);
        await WithAdminAsync(async (users, account) =>
        {
            Assert.That(await users.CheckPasswordAsync(account, shoppers), Is.True, "the shopper's password is unchanged");
            Assert.That(await users.GetRolesAsync(account), Is.Empty);
        });
        var block = Block(start.Output);
        Assert.That(block, Does.Not.Contain("Administrator:").And.Not.Contain("admin reset-password"), start.ToString());
        Assert.That(block, Does.Contain($"Admin email:    {Admin} (Shop:Admin:Email) is an account that is NOT an administrator"));
    }

    // Kestrel listens on both 127.0.0.1 and [::1] for localhost: a port taken on [::1] alone failed its start.
    [TestCase("127.0.0.1", "127.0.0.1")]
    [TestCase("::1", "localhost")]
    public async Task A_port_already_taken_ends_in_one_sentence(string takenOn, string host)
    {
        using var taken = new TcpListener(IPAddress.Parse(takenOn), 0);
        try
        {
            taken.Start();
        }
        catch (SocketException)
        {
            Assert.Ignore($"no {takenOn} on this machine");
        }
        var url = $"http://{host}:{((IPEndPoint)taken.LocalEndpoint).Port}";

        var run = await ShopCommand.RunAsync(_data, new Dictionary<string, string> { ["ASPNETCORE_URLS"] = url });

        Assert.That(run.ExitCode, Is.Not.Zero);
        Assert.That(run.Error, Does.Contain(url).And.Contain("--urls"), run.ToString());
        AssertOneSentence(run);
    }

    [Test]
    public async Task An_address_this_machine_does_not_have_ends_in_one_sentence()
    {
        const string url = "http://192.0.2.1:5080"; // TEST-NET-1: documentation only, never a machine's own

        var run = await ShopCommand.RunAsync(_data, new Dictionary<string, string> { ["ASPNETCORE_URLS"] = url });

        Assert.That(run.ExitCode, Is.Not.Zero);
        Assert.That(run.Error, Does.StartWith($"{url} names an address this machine does not have"), run.ToString());
        AssertOneSentence(run);
    }

    [Test]
    public async Task Production_without_a_public_address_ends_in_one_sentence_naming_the_setting()
    {
        var run = await ShopCommand.RunAsync(_data, new Dictionary<string, string> { ["Shop__PublicUrl"] = "" });

        Assert.That(run.ExitCode, Is.Not.Zero);
        Assert.That(run.Error, Does.StartWith("Shop:PublicUrl is not set").And.Contain("Shop__PublicUrl"), run.ToString());
        AssertOneSentence(run);
    }

    [Test]
    public async Task A_data_folder_that_cannot_be_written_ends_in_one_sentence()
    {
        Directory.CreateDirectory(_data);
        var file = Path.Combine(_data, "a-file");
        await File.WriteAllTextAsync(file, ""); // a folder below a file can never be made, even by root

        var run = await ShopCommand.RunAsync(Path.Combine(file, "data"));

        Assert.That(run.ExitCode, Is.Not.Zero);
        Assert.That(run.Error, Does.Contain("Shop:DataDirectory"), run.ToString());
        AssertOneSentence(run);
    }

    [Test]
    public async Task A_database_from_a_newer_shop_ends_in_one_sentence()
    {
        var migrate = await ShopCommand.RunAsync(_data, "migrate");
        Assert.That(migrate.ExitCode, Is.Zero, migrate.ToString());
        await using (var db = new SqliteConnection($"Data Source={Path.Combine(_data, "shop.db")}"))
        {
            await db.OpenAsync();
            await using var cmd = db.CreateCommand();
            cmd.CommandText = "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29991231000000_FromTheFuture', '99.0.0')";
            await cmd.ExecuteNonQueryAsync();
        }

        var run = await ShopCommand.RunAsync(_data, new Dictionary<string, string> { ["ASPNETCORE_URLS"] = "http://127.0.0.1:0" });

        Assert.That(run.ExitCode, Is.Not.Zero);
        Assert.That(run.Error, Does.Contain("newer version of the shop").And.Contain("29991231000000_FromTheFuture"), run.ToString());
        AssertOneSentence(run);
    }

    [Test]
    public async Task With_a_certificate_configured_production_keys_are_encrypted_at_rest_and_nothing_warns_about_them()
    {
        Directory.CreateDirectory(_data);
        var pfx = Path.Combine(_data, "keys.pfx");
        using (var rsa = System.Security.Cryptography.RSA.Create(2048))
        {
            var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=shop-keys", rsa, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, "pfx-secret"));
        }

        var run = await ShopCommand.StartUntilAsync(_data, new()
        {
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["DataProtection__CertificatePath"] = pfx,
            ["DataProtection__CertificatePassword"] = "pfx-secret",
            ["Logging__LogLevel__Default"] = "Information",
        }, until: "Application started");

        Assert.That(run.Output + run.Error, Does.Not.Contain("No XML encryptor"), run.ToString());
        var key = Directory.GetFiles(Path.Combine(_data, "keys"), "key-*.xml").Single();
        Assert.That(await File.ReadAllTextAsync(key), Does.Contain("EncryptedXml"));
    }

    /// <summary>The start-up summary: from its first line to the Database line.</summary>
    private static string Block(string output) => Regex.Match(output, @"The shop is running\.[\s\S]*?Database:[^\n]*").Value;

    private static void AssertOneSentence(ShopCommand.Run run)
    {
        Assert.That(run.Output + run.Error, Does.Not.Contain("   at ").And.Not.Contain("Exception"), run.ToString());
        Assert.That(run.Error.Trim().Split('\n'), Has.Length.EqualTo(1), run.ToString());
    }

    private Task WithAdminAsync(Func<UserManager<ShopUser>, ShopUser, Task> check) =>
        InShopAsync(async users => await check(users, (await users.FindByEmailAsync(Admin))!));

    private async Task InShopAsync(Func<UserManager<ShopUser>, Task> work)
    {
        using var app = new ShopApp(new()
        {
            ["Shop:DataDirectory"] = _data,
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Shop"] = "",
            ["Database:MigrateOnStartup"] = "false",
        });
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ShopUser>>();
        await work(users);
        SqliteConnection.ClearAllPools();
    }
}
