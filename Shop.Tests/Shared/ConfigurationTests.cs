using Shop.Web.Operations;
using Microsoft.Extensions.Configuration;

namespace Shop.Tests.Shared;

public class ConfigurationTests
{
    [Test]
    public void The_shop_reads_the_root_appsettings_json()
    {
        using var app = new ShopApp();
        var config = app.Services.GetRequiredService<IConfiguration>();
        Assert.That(config["Database:Provider"], Is.EqualTo("Sqlite"));
        Assert.That(config["Shop:Currency"], Is.EqualTo("USD"));
    }

    [Test]
    public async Task Settings_given_by_the_host_override_the_file()
    {
        using var app = new ShopApp(new() { ["Shop:Name"] = "Corner Store", ["Shop:Currency"] = "EUR" });
        using var client = app.Browser();

        var (_, page) = await client.GetPageAsync("/c/kitchen");
        Assert.That(page.Title, Does.EndWith("Corner Store"));
        Assert.That(page.Texts(".product-card .price"), Has.All.StartWith("€"));
    }

    [Test]
    public void An_unknown_database_provider_stops_the_shop_with_a_clear_message()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Database:Provider", "Oracle")]).Build();
        var environment = new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { ContentRootPath = Path.GetTempPath() };
        var error = Assert.Throws<Shop.Web.StartupFailure>(() => new ServiceCollection().AddShopData(configuration, environment));
        Assert.That(error!.Message, Does.Contain("Oracle").And.Contain("Sqlite, Postgres or SqlServer"));
    }

    [Test]
    public void A_setting_the_shop_cannot_read_stops_it_naming_the_setting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Shop:Shipping:Holidays:0", "25.12.2026")]).Build();
        var error = Assert.Throws<Shop.Web.StartupFailure>(() => StartupFailures.CheckShopSettings(configuration));
        Assert.That(error!.Message, Does.StartWith("Shop:Shipping:Holidays has '25.12.2026', which is not a day").And.Contain("2026-12-25"));

        var notANumber = new ConfigurationBuilder().AddInMemoryCollection([new("Shop:Shipping:StandardDays", "three")]).Build();
        Assert.That(Assert.Throws<Shop.Web.StartupFailure>(() => StartupFailures.CheckShopSettings(notANumber))!.Message, Does.Contain("Shop:Shipping:StandardDays"));

        var readable = new ConfigurationBuilder().AddInMemoryCollection([new("Shop:Shipping:Holidays:0", "2026-12-25")]).Build();
        Assert.DoesNotThrow(() => StartupFailures.CheckShopSettings(readable));
    }
}

public class ErrorPageTests
{
    [Test]
    public async Task A_crash_shows_the_friendly_500_page_without_a_stack_trace()
    {
        using var app = new CrashingShopApp();
        using var client = app.Browser();

        var response = await client.GetAsync("/boom");
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(html, Does.Contain("Something went wrong on our side"));
        Assert.That(html, Does.Contain("Request id"));
        Assert.That(html, Does.Not.Contain("InvalidOperationException").And.Not.Contain("at Shop."));
    }

    private sealed class CrashingShopApp : ShopApp
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddControllersWithViews().AddApplicationPart(typeof(BoomController).Assembly));
        }
    }
}

/// <summary>A controller that fails, added to the shop only by <see cref="ErrorPageTests"/>.</summary>
public sealed class BoomController : Microsoft.AspNetCore.Mvc.Controller
{
    [Microsoft.AspNetCore.Mvc.HttpGet("/boom")]
    public Microsoft.AspNetCore.Mvc.IActionResult Boom() => throw new InvalidOperationException("Simulated failure for the error page test");
}
