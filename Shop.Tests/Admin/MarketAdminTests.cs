using Shop.Web.Markets;

namespace Shop.Tests.Admin;

/// <summary>Staff set up tax and shipping zones from the admin, every change in the audit log.</summary>
public class MarketAdminTests : ShopFixture
{
    private readonly string _admin = Accounts.UniqueEmail("markets-admin");

    [OneTimeSetUp]
    public Task CreateAdmin() => App.CreateAccountAsync(_admin, roles: Roles.Admin);

    [Test]
    public async Task Staff_add_a_tax_zone_and_a_shipping_zone_with_a_method_and_the_changes_are_audited()
    {
        using var admin = await App.SignedInBrowserAsync(_admin);

        var bad = await admin.SubmitFormAsync("/admin/tax", "form.tax-zone-form", new Dictionary<string, string?>
        {
            ["Form.Name"] = "Belgium", ["Form.TaxName"] = "VAT", ["Form.Countries"] = "XX", ["Form.StandardPercent"] = "21",
        });
        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await bad.ReadHtmlAsync()).Text("[data-valmsg-for='Form.Countries']"), Does.Contain("'XX' is not a country code"));

        var added = await admin.SubmitFormAsync("/admin/tax", "form.tax-zone-form", new Dictionary<string, string?>
        {
            ["Form.Name"] = "Belgium", ["Form.TaxName"] = "VAT", ["Form.Countries"] = "be", ["Form.StandardPercent"] = "21", ["Form.ReducedPercent"] = "6",
        });
        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var zone = await App.WithDbAsync(db => db.TaxZones.SingleAsync(z => z.Name == "Belgium"));
        Assert.That((zone.Countries, zone.StandardRate, zone.ReducedRate), Is.EqualTo(("BE", 0.21m, 0.06m)));

        var shipping = await admin.SubmitFormAsync("/admin/shipping", "form.shipping-zone-form", new Dictionary<string, string?>
        {
            ["Form.Name"] = "Benelux", ["Form.Countries"] = "BE, LU",
        });
        Assert.That(shipping.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var edit = await admin.FollowAsync(shipping);
        var method = await admin.SubmitFormAsync(edit, "form.zone-method-standard", new Dictionary<string, string?>
        {
            ["Method.Offered"] = "true", ["Method.Name"] = "PostNL", ["Method.Basis"] = "Weight", ["Method.Bands"] = "0=6.50; 5000=11", ["Method.Days"] = "3",
        });
        Assert.That(method.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var saved = await App.WithDbAsync(db => db.ShippingZones.Include(z => z.Methods).SingleAsync(z => z.Name == "Benelux"));
        Assert.That(saved.Methods.Select(m => (m.Name, m.Bands, m.Days)), Is.EqualTo(new[] { ("PostNL", "0=6.50; 5000=11.00", 3) }));

        var actions = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "TaxZone" || e.EntityType == "ShippingZone")
            .Select(e => e.EntityType + " " + e.Action).ToListAsync());
        Assert.That(actions, Is.SupersetOf(new[] { "TaxZone Created", "ShippingZone Created", "ShippingZone MethodSaved" }));
    }

    [Test]
    public async Task A_place_belongs_to_one_zone_of_each_kind_though_a_zone_of_regions_may_sit_within_a_countrys()
    {
        using var admin = await App.SignedInBrowserAsync(_admin);
        Task<HttpResponseMessage> TaxAsync(string name, string countries, string? regions = null) =>
            admin.SubmitFormAsync("/admin/tax", "form.tax-zone-form", new Dictionary<string, string?>
            {
                ["Form.Name"] = name, ["Form.TaxName"] = "VAT", ["Form.Countries"] = countries, ["Form.Regions"] = regions, ["Form.StandardPercent"] = "10",
            });
        Task<HttpResponseMessage> ShippingAsync(string name, string countries) =>
            admin.SubmitFormAsync("/admin/shipping", "form.shipping-zone-form", new Dictionary<string, string?> { ["Form.Name"] = name, ["Form.Countries"] = countries });

        var sweden = await TaxAsync("Sweden", "SE");
        var cheap = await TaxAsync("Cheap Sweden", "NO, se");
        var canada = await TaxAsync("Canada", "CA");
        var ontario = await TaxAsync("Ontario", "CA", "ON");
        var ontarioAgain = await TaxAsync("Ontario again", "CA", "QC, ON");
        var baltics = await ShippingAsync("Baltics", "EE, LV");
        var latvia = await ShippingAsync("Latvia", "LV");

        Assert.Multiple(async () =>
        {
            Assert.That(new[] { sweden.StatusCode, canada.StatusCode, ontario.StatusCode, baltics.StatusCode }, Has.All.EqualTo(HttpStatusCode.Redirect));
            Assert.That(cheap.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await cheap.ReadHtmlAsync()).Text("[data-valmsg-for='Form.Countries']"), Does.StartWith("SE is already in the zone Sweden"));
            Assert.That((await ontarioAgain.ReadHtmlAsync()).Text("[data-valmsg-for='Form.Regions']"), Does.StartWith("ON (CA) is already in the zone Ontario"));
            Assert.That((await latvia.ReadHtmlAsync()).Text("[data-valmsg-for='Form.Countries']"), Does.StartWith("LV is already in the zone Baltics"));
            Assert.That(await App.WithDbAsync(db => db.TaxZones.CountAsync(z => z.Name.StartsWith("Cheap") || z.Name == "Ontario again")), Is.Zero);
        });
    }

    [Test]
    public async Task Without_a_shop_country_the_carts_shipping_estimate_is_the_us_zones_as_checkout_starts_there()
    {
        using var admin = await App.SignedInBrowserAsync(_admin);
        var created = await admin.SubmitFormAsync("/admin/shipping", "form.shipping-zone-form", new Dictionary<string, string?>
        {
            ["Form.Name"] = "United States", ["Form.Countries"] = "US",
        });
        await admin.SubmitFormAsync(await admin.FollowAsync(created), "form.zone-method-standard", new Dictionary<string, string?>
        {
            ["Method.Offered"] = "true", ["Method.Name"] = "Ground", ["Method.Basis"] = "OrderValue", ["Method.Bands"] = "0=7.77", ["Method.Days"] = "4",
        });
        var slug = await App.WithDbAsync(db => db.Products.Where(p => p.IsPublished && !p.Options.Any() && p.Price < 40m).OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync());
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(slug);

        var (_, cart) = await shopper.Client.GetPageAsync("/cart");

        Assert.That(cart.Text(".cart-shipping"), Is.EqualTo("$7.77"));
    }

    [Test]
    public async Task A_rate_typed_with_a_decimal_comma_is_read_as_a_decimal_and_a_thousands_separator_refused()
    {
        using var admin = await App.SignedInBrowserAsync(_admin);
        var refused = await admin.SubmitFormAsync("/admin/tax", "form.tax-zone-form", new Dictionary<string, string?>
        {
            ["Form.Name"] = "Luxembourg", ["Form.TaxName"] = "VAT", ["Form.Countries"] = "LU", ["Form.StandardPercent"] = "1,700",
        });
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await refused.ReadHtmlAsync()).Text("[data-valmsg-for='Form.StandardPercent']"), Is.EqualTo(Shop.Web.Shared.PlainDecimalBinder.SeparatorRefused));
        Assert.That(await App.WithDbAsync(db => db.TaxZones.AnyAsync(z => z.Name == "Luxembourg")), Is.False);

        var saved = await admin.SubmitFormAsync("/admin/tax", "form.tax-zone-form", new Dictionary<string, string?>
        {
            ["Form.Name"] = "Luxembourg", ["Form.TaxName"] = "VAT", ["Form.Countries"] = "LU", ["Form.StandardPercent"] = "5,5",
        });
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await App.WithDbAsync(db => db.TaxZones.Where(z => z.Name == "Luxembourg").Select(z => z.StandardRate).SingleAsync()), Is.EqualTo(0.055m));
    }

    [Test]
    public async Task A_country_without_a_reduced_rate_taxes_reduced_goods_at_the_standard_rate_not_at_nothing()
    {
        using var admin = await App.SignedInBrowserAsync(_admin);
        await admin.SubmitFormAsync("/admin/tax", "form.tax-zone-form", new Dictionary<string, string?>
        {
            ["Form.Name"] = "Denmark", ["Form.TaxName"] = "Moms", ["Form.Countries"] = "DK", ["Form.StandardPercent"] = "25", ["Form.ReducedPercent"] = "",
        });

        var zone = await App.WithDbAsync(db => db.TaxZones.SingleAsync(z => z.Name == "Denmark"));

        Assert.That((zone.StandardRate, zone.ReducedRate), Is.EqualTo((0.25m, 0.25m)));
    }

    [Test]
    public async Task A_rate_with_more_decimals_than_are_kept_is_refused()
    {
        using var admin = await App.SignedInBrowserAsync(_admin);
        var refused = await admin.SubmitFormAsync("/admin/tax", "form.tax-zone-form", new Dictionary<string, string?>
        {
            ["Form.Name"] = "Ruritania", ["Form.TaxName"] = "VAT", ["Form.Countries"] = "RU", ["Form.StandardPercent"] = "8.87512",
        });
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await refused.ReadHtmlAsync()).Text("[data-valmsg-for='Form.StandardPercent']"), Is.EqualTo(Shop.Web.Admin.Markets.TaxZoneFormValidator.TooPrecise));
        Assert.That(await App.WithDbAsync(db => db.TaxZones.AnyAsync(z => z.Name == "Ruritania")), Is.False);
    }

    [Test]
    public async Task Price_bands_that_make_no_sense_show_why_on_the_form()
    {
        using var admin = await App.SignedInBrowserAsync(_admin);
        var created = await admin.SubmitFormAsync("/admin/shipping", "form.shipping-zone-form", new Dictionary<string, string?>
        {
            ["Form.Name"] = "Nordics", ["Form.Countries"] = "SE, DK",
        });
        var edit = await admin.FollowAsync(created);
        var refused = await admin.SubmitFormAsync(edit, "form.zone-method-express", new Dictionary<string, string?>
        {
            ["Method.Offered"] = "true", ["Method.Name"] = "Express", ["Method.Basis"] = "OrderValue", ["Method.Bands"] = "10=5", ["Method.Days"] = "1",
        });
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var page = await refused.ReadHtmlAsync();
        Assert.That(page.Text(".zone-method-express [data-valmsg-for='Method.Bands']"), Does.Contain("The first price band starts at 0"), "beside the field, in its method's card");
        Assert.That(page.QuerySelector(".zone-method-standard [data-valmsg-for='Method.Bands']"), Is.Null, "not in the other method's");
    }

    [Test]
    public async Task Every_problem_of_a_method_shows_beside_its_field()
    {
        using var admin = await App.SignedInBrowserAsync(_admin);
        var created = await admin.SubmitFormAsync("/admin/shipping", "form.shipping-zone-form", new Dictionary<string, string?>
        {
            ["Form.Name"] = "Iceland", ["Form.Countries"] = "IS",
        });
        var edit = await admin.FollowAsync(created);

        var refused = await admin.SubmitFormAsync(edit, "form.zone-method-express", new Dictionary<string, string?>
        {
            ["Method.Offered"] = "true", ["Method.Name"] = "Express", ["Method.Basis"] = "OrderValue", ["Method.Bands"] = "0=5", ["Method.FreeFrom"] = "-1", ["Method.Days"] = "99",
        });
        var page = await refused.ReadHtmlAsync();

        Assert.That(page.Text(".zone-method-express [data-valmsg-for='Method.FreeFrom']"), Is.EqualTo("Free shipping starts at 0 or more."));
        Assert.That(page.Text(".zone-method-express [data-valmsg-for='Method.Days']"), Is.EqualTo("Delivery takes 1 to 60 working days."));
        Assert.That(page.QuerySelector(".zone-problems"), Is.Null);
    }
}
