using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Options;
using Shop.Web.Account;
using Shop.Web.Data;
using Shop.Web.Mail;
using Shop.Web.Mail.Viewer;

namespace Shop.Web.Operations;

/// <summary>
/// In Development, once Kestrel listens: one log entry saying where the shop is, how staff sign in (and, on the first
/// run, the generated administrator password), where mail goes and which database is used.
/// </summary>
public static class StartupSummary
{
    /// <summary>
    /// Log categories whose start-up lines ask nothing of a developer, and the level they log from in Development (the
    /// summary names the URL; unencrypted data-protection keys in the data folder are fine there, see ScaleOutSetup).
    /// </summary>
    private static readonly Dictionary<string, string?> Quiet = new()
    {
        ["Microsoft.Hosting.Lifetime"] = "Warning",
        ["Microsoft.EntityFrameworkCore.Migrations"] = "Warning",
        ["Shop.Web.Data.Seed.DemoCatalogSeeder"] = "Warning",
        ["Shop.Web.Checkout.CheckoutWarmUp"] = "Warning",
        ["Shop.Web.Catalog.SearchIndexAtStart"] = "Warning",
        ["Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager"] = "Error",
    };

    /// <summary>
    /// In Development the start-up log is the summary and what the developer must act on: the <see cref="Quiet"/>
    /// categories' levels are defaults that any setting (Logging:LogLevel:...) overrides.
    /// </summary>
    public static void QuietStartInDevelopment(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment()) return;
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = Quiet.Select(q => KeyValuePair.Create($"Logging:LogLevel:{q.Key}", q.Value)),
        });
    }

    public static void LogStartupSummary(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) return;
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupSummary));
            log.LogInformation("{Summary}", Describe(app));
        });
    }

    private static string Describe(WebApplication app)
    {
        var url = ShopUrl(app);
        var text = new StringBuilder("The shop is running. Ctrl+C stops it.\n");
        text.Append($"  Shop:           {url}/\n");
        text.Append($"  Staff sign-in:  {url}/account/sign-in?returnUrl=%2Fadmin\n");
        text.Append($"  {Administrator(app)}\n");
        text.Append($"  Mail:           {Mail(app, url)}\n");
        text.Append($"  Database:       {Database(app)}");
        return text.ToString();
    }

    /// <summary>What the account of Shop:Admin:Email is, as the seeding found it: "Administrator" only when it is one.</summary>
    private static string Administrator(WebApplication app)
    {
        var admin = app.Services.GetRequiredService<IOptions<AdminAccountOptions>>().Value.Email.Trim();
        var seeded = app.Services.GetRequiredService<SeededAdministrator>();
        return seeded.Found switch
        {
            SeededAdministrator.Account.NoAddress => "Administrator:  none (Shop:Admin:Email is empty)",
            SeededAdministrator.Account.Administrator when seeded.GeneratedPassword is { } password =>
                $"Administrator:  {admin}, password {password} (generated now, shown only this once)",
            SeededAdministrator.Account.Administrator =>
                $"Administrator:  {admin} (lost the password? dotnet run --project Shop.Web -- admin reset-password)",
            SeededAdministrator.Account.NotAnAdministrator =>
                $"Admin email:    {admin} (Shop:Admin:Email) is an account that is NOT an administrator: it signs in as a shopper, and reset-password leaves it alone",
            SeededAdministrator.Account.NoAccount =>
                $"Admin email:    {admin} (Shop:Admin:Email) has no account: the shop's administrators use other addresses",
            _ => $"Admin email:    {admin} (Shop:Admin:Email; not checked, as Database:MigrateOnStartup is off)",
        };
    }

    /// <summary>The first address Kestrel really listens on (https first), with a wildcard host shown as localhost.</summary>
    private static string ShopUrl(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.OrderBy(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? 0 : 1).FirstOrDefault() ?? "http://localhost:5000";
        var uri = new UriBuilder(address.Replace("//+:", "//localhost:").Replace("//*:", "//localhost:"));
        if (uri.Host is "0.0.0.0" or "[::]" or "::") uri.Host = "localhost";
        return uri.Uri.GetLeftPart(UriPartial.Authority);
    }

    private static string Mail(WebApplication app, string url)
    {
        // Whichever sender the mail setup chose: the drop folder, or SMTP.
        if (app.Services.GetRequiredService<IMailSender>() is not MailDropFolder)
            return $"SMTP server {app.Services.GetRequiredService<IOptions<MailOptions>>().Value.Smtp.Host}";
        return $"written to {MailDropFolder.Folder(app.Configuration, app.Environment)} (read them at {url}{DevMailController.Path})";
    }

    /// <summary>Provider and where the data is; never the connection string, which may hold a password.</summary>
    private static string Database(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>().Database;
        var connection = db.GetDbConnection();
        if (db.IsSqlite()) return $"SQLite file {Path.GetFullPath(connection.DataSource)}";
        var provider = db.ProviderName?.Split('.').Last() ?? "unknown";
        return $"{provider} database '{connection.Database}' on {connection.DataSource}";
    }
}
