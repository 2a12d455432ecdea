using Shop.Web.Admin;
using Shop.Web.Admin.Settings;
using Shop.Web.Documents;
using Shop.Web.Orders;
using Shop.Web.Settings;

namespace Shop.Tests.Admin;

/// <summary>
/// /admin/settings: what an admin saves wins over appsettings.json at once, on every page (the cached ones too); an
/// emptied field goes back to the file's value; a refused form saves nothing; only admins open it; each save is audited.
/// </summary>
public class BusinessSettingsTests : ShopFixture
{
    protected override bool ShopPerTest => true;

    protected override Dictionary<string, string?> Settings => new()
    {
        ["Shop:Name"] = "Lovelace Shop",
        ["Shop:Business:Address:0"] = "1 Engine Street",
        ["Shop:Business:Address:1"] = "Floor 2",
        ["Shop:Business:Address:2"] = "London EC1 2AB",
        ["Shop:Returns:Days"] = "30",
    };

    private Task<HttpClient> AdminAsync() => App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("admin"), Roles.Admin);

    /// <summary>Saves the settings form as the page shows it, with <paramref name="typed"/> changed ("Form." added to each name).</summary>
    internal static Task<HttpResponseMessage> SaveAsync(HttpClient admin, params (string Field, string Value)[] typed) =>
        admin.SubmitFormAsync("/admin/settings", "form.settings-form", typed.ToDictionary(t => $"Form.{t.Field}", t => (string?)t.Value));

    private Task<List<ShopSetting>> RowsAsync() => App.WithDbAsync(db => db.ShopSettings.AsNoTracking().OrderBy(s => s.Key).ToListAsync());

    private T Options<T>() where T : class => App.Services.GetRequiredService<IOptions<T>>().Value;

    [Test]
    public async Task A_saved_name_and_return_window_show_in_the_footer_of_a_page_the_output_cache_kept_and_bind_the_returns()
    {
        using var admin = await AdminAsync();
        var (_, before) = await Visitor.GetPageAsync("/");
        var (_, cached) = await Visitor.GetPageAsync("/");

        var saved = await SaveAsync(admin, ("ShopName", "Babbage Bazaar"), ("ReturnDays", "14"));
        var notice = await admin.FollowAsync(saved);
        var (_, after) = await Visitor.GetPageAsync("/");
        var window = await App.WithAsync<ShopperReturns, int>(r => Task.FromResult(r.Window.Days));

        Assert.Multiple(() =>
        {
            Assert.That(cached.Text("footer"), Does.Contain("Lovelace Shop").And.Contain("Free returns within 30 days."), "the file's values first");
            Assert.That(saved.Headers.Location?.OriginalString, Is.EqualTo("/admin/settings"));
            Assert.That(notice.Text(".admin-notice"), Is.EqualTo("Settings saved: the shop uses them now."));
            Assert.That(notice.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Form_ShopName")?.Value, Is.EqualTo("Babbage Bazaar"));
            Assert.That(after.Text("footer"), Does.Contain("Babbage Bazaar").And.Contain("Free returns within 14 days.").And.Not.Contain("Lovelace"));
            Assert.That(after.Title, Does.Contain("Babbage Bazaar"));
            Assert.That(window, Is.EqualTo(14), "the return window shoppers get");
        });
    }

    [Test]
    public async Task The_form_shows_the_values_in_force_and_a_saved_list_replaces_the_files_whole()
    {
        using var admin = await AdminAsync();
        var (_, page) = await admin.GetPageAsync("/admin/settings");
        await SaveAsync(admin, ("Address", "2 Difference Lane\r\n\r\n  Cambridge CB2 1TN  "), ("Holidays", "2026-12-25\n2026-12-28"));

        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Form_ShopName")?.Value, Is.EqualTo("Lovelace Shop"));
            Assert.That(page.QuerySelector("#Form_Address")?.TextContent.Trim(), Is.EqualTo("1 Engine Street\nFloor 2\nLondon EC1 2AB"));
            Assert.That(page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Form_ReturnDays")?.Value, Is.EqualTo("30"));
            Assert.That(page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Form_StandardDays")?.Value, Is.EqualTo("3"), "the shop's default");
            Assert.That(page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Form_InvoicePrefix")?.Value, Is.EqualTo("INV-"));
            Assert.That(Options<BusinessOptions>().Address, Is.EqualTo(new[] { "2 Difference Lane", "Cambridge CB2 1TN" }), "no third line from the file");
            Assert.That(Options<Shop.Web.ShopOptions>().Shipping.HolidayDays(), Is.EquivalentTo(new[] { new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 28) }));
        });
        Assert.That((await RowsAsync()).Select(r => (r.Key, r.Value)), Is.EqualTo(new[]
        {
            ("Shop:Business:Address", "2 Difference Lane\nCambridge CB2 1TN"), ("Shop:Shipping:Holidays", "2026-12-25\n2026-12-28"),
        }), "only what differs from the file is kept");
    }

    [Test]
    public async Task An_emptied_field_goes_back_to_the_files_value()
    {
        using var admin = await AdminAsync();
        await SaveAsync(admin, ("ShopName", "Babbage Bazaar"), ("Address", "2 Difference Lane"), ("ReturnDays", "14"));
        var (_, saved) = await admin.GetPageAsync("/admin/settings");

        await SaveAsync(admin, ("ShopName", " "), ("Address", ""), ("ReturnDays", ""));
        var (_, page) = await admin.GetPageAsync("/admin/settings");
        var (_, home) = await Visitor.GetPageAsync("/");

        Assert.Multiple(async () =>
        {
            Assert.That(saved.Text(".setting-saved[data-setting='Shop:Name']"), Is.EqualTo("Saved here. Emptied, the field goes back to: Lovelace Shop"));
            Assert.That(page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Form_ShopName")?.Value, Is.EqualTo("Lovelace Shop"));
            Assert.That(page.QuerySelectorAll(".setting-saved"), Is.Empty);
            Assert.That(home.Text("footer"), Does.Contain("Lovelace Shop").And.Contain("Free returns within 30 days."));
            Assert.That(Options<BusinessOptions>().Address, Is.EqualTo(new[] { "1 Engine Street", "Floor 2", "London EC1 2AB" }));
            Assert.That(await RowsAsync(), Is.Empty);
        });
    }

    [Test]
    public async Task Refused_values_come_back_beside_their_fields_with_400_and_nothing_is_saved()
    {
        using var admin = await AdminAsync();

        var refused = await SaveAsync(admin, ("ShopName", new string('x', 101)), ("Email", "not an address"), ("ReturnDays", "-1"),
            ("StandardDays", "61"), ("ExpressDays", "abc"), ("Holidays", "2026-12-25\n25.12.2026"));
        var page = await refused.ReadHtmlAsync();
        string Beside(string field) => page.Text($"[data-valmsg-for='Form.{field}']");
        var tooSlow = await SaveAsync(admin, ("StandardDays", "2"), ("ExpressDays", "5"));
        var (_, home) = await Visitor.GetPageAsync("/");

        Assert.Multiple(async () =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(Beside("ShopName"), Is.EqualTo("Write the shop's name on one line, at most 100 characters."));
            Assert.That(Beside("Email"), Is.EqualTo("Enter an email address mail can be sent to, or leave the field empty."));
            Assert.That(Beside("ReturnDays"), Is.EqualTo("Enter a whole number of days from 0 to 365."));
            Assert.That(Beside("StandardDays"), Is.EqualTo("Enter a whole number of working days from 1 to 60."));
            Assert.That(Beside("ExpressDays"), Is.EqualTo("Enter a whole number of working days from 1 to 60."));
            Assert.That(Beside("Holidays"), Is.EqualTo("'25.12.2026' is not a day: write each holiday as 2026-12-25, one a line, at most 100."));
            Assert.That(page.QuerySelector("#Form_Holidays")?.TextContent, Does.Contain("25.12.2026"), "what was typed stays");
            Assert.That(tooSlow.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await tooSlow.ReadHtmlAsync()).Text("[data-valmsg-for='Form.ExpressDays']"), Is.EqualTo("Express delivery cannot take longer than standard delivery."));
            Assert.That(await RowsAsync(), Is.Empty);
            Assert.That(home.Text("footer"), Does.Contain("Lovelace Shop").And.Contain("30 days"));
        });
    }

    [Test]
    public async Task Staff_who_are_not_admins_cannot_open_or_save_the_settings()
    {
        using var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("staff"), Roles.Staff);
        var (_, products) = await staff.GetPageAsync("/admin/products");
        var token = products.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        var page = await staff.GetAsync("/admin/settings");
        var posted = await staff.PostAsync("/admin/settings", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["Form.ShopName"] = "Sneaky Shop", ["__RequestVerificationToken"] = token }));

        Assert.Multiple(async () =>
        {
            Assert.That((int)page.StatusCode, Is.EqualTo(403).Or.EqualTo(302));
            if (page.StatusCode == HttpStatusCode.Redirect) Assert.That(page.Headers.Location!.OriginalString, Does.Contain("access-denied"));
            Assert.That((int)posted.StatusCode, Is.EqualTo(403).Or.EqualTo(302).Or.EqualTo(400));
            if (posted.StatusCode == HttpStatusCode.Redirect) Assert.That(posted.Headers.Location!.OriginalString, Does.Contain("access-denied"));
            Assert.That(products.QuerySelector(".admin-nav a[href='/admin/settings']"), Is.Null, "no Settings tab for staff");
            Assert.That(await RowsAsync(), Is.Empty);
        });
    }

    [Test]
    public async Task A_save_is_in_the_audit_log_naming_each_changed_setting_before_and_after()
    {
        using var admin = await AdminAsync();
        var (_, page) = await admin.GetPageAsync("/admin/settings");

        await SaveAsync(admin, ("ReturnDays", "14"), ("TaxId", "GB123456789"));
        var nothing = await admin.FollowAsync(await SaveAsync(admin));
        var entries = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityType == ShopSettingsAdmin.EntityType).ToListAsync());

        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelector(".admin-nav a[href='/admin/settings']")?.Text(), Is.EqualTo("Settings"));
            Assert.That(entries, Has.Count.EqualTo(1), "a save that changes nothing is not audited");
            Assert.That(entries[0].Action, Is.EqualTo("Edited"));
            Assert.That(entries[0].Before, Is.EqualTo("""{"Shop:Business:TaxId":"","Shop:Returns:Days":"30"}"""));
            Assert.That(entries[0].After, Is.EqualTo("""{"Shop:Business:TaxId":"GB123456789","Shop:Returns:Days":"14"}"""));
            Assert.That(nothing.Text(".admin-notice"), Is.EqualTo("Nothing changed."));
        });
    }

    [Test]
    public async Task Two_admins_saving_a_new_setting_at_the_same_moment_get_one_saved_and_never_a_500()
    {
        _ = App.Services; // the shop starts once, before the two saves race
        var ada = new StaffMember("ada", "ada@example.com");
        var bob = new StaffMember("bob", "bob@example.com");
        Task<IReadOnlyList<string>?> SaveAsync(StaffMember by, string name) => Task.Run(async () =>
        {
            await using var scope = App.Services.CreateAsyncScope();
            var settings = scope.ServiceProvider.GetRequiredService<ShopSettingsAdmin>();
            var form = SettingsForm.Of(settings.Current);
            form.ShopName = name;
            try
            {
                return await settings.SaveAsync(form, by, CancellationToken.None);
            }
            catch (DbUpdateException e) when (!e.IsUniqueViolation()) // SQLite refusing the second writer while the first holds the file
            {
                return null;
            }
        });

        var results = await Task.WhenAll(SaveAsync(ada, "Ada's Shop"), SaveAsync(bob, "Bob's Shop"));
        var rows = await RowsAsync();

        Assert.That(results.Count(r => r is not null), Is.GreaterThanOrEqualTo(1), "at least one save went through");
        Assert.That(rows.Count(r => r.Key == BusinessSettings.ShopName.Key), Is.EqualTo(1));
        Assert.That(Options<Shop.Web.ShopOptions>().Name, Is.EqualTo(rows.Single(r => r.Key == BusinessSettings.ShopName.Key).Value));
    }
}
