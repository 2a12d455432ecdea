namespace Shop.Tests.Admin;

/// <summary>A zone staff save is a catalog change: pages already kept in the cache show the new terms at the next request.</summary>
public class MarketChangeTests : ShopFixture
{
    private readonly string _admin = Accounts.UniqueEmail("market-change");

    protected override Dictionary<string, string?> Settings => new() { ["Shop:Tax:ShopCountry"] = "SE" };

    [OneTimeSetUp]
    public Task CreateAdmin() => App.CreateAccountAsync(_admin, roles: Roles.Admin);

    [Test]
    public async Task A_shipping_zone_for_the_shops_own_country_changes_the_promise_on_cached_pages_at_once()
    {
        var slug = await App.WithDbAsync(db => db.Products.Where(p => p.IsPublished).OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync());
        var before = await (await Visitor.GetAsync($"/p/{slug}")).ReadHtmlAsync();
        Assert.That(before.Text(".product-delivery"), Does.Contain("within 3 working days"));
        Assert.That(await (await Visitor.GetAsync($"/p/{slug}")).Content.ReadAsStringAsync(), Does.Contain("within 3 working days"),
            "the page is kept in the cache now");

        using var admin = await App.SignedInBrowserAsync(_admin);
        var zone = await admin.SubmitFormAsync("/admin/shipping", "form.shipping-zone-form", new Dictionary<string, string?>
        {
            ["Form.Name"] = "Sweden", ["Form.Countries"] = "SE",
        });
        var method = await admin.SubmitFormAsync(await admin.FollowAsync(zone), "form.zone-method-standard", new Dictionary<string, string?>
        {
            ["Method.Offered"] = "true", ["Method.Name"] = "PostNord", ["Method.Basis"] = "OrderValue", ["Method.Bands"] = "0=5", ["Method.Days"] = "6",
        });
        Assert.That(method.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var after = await (await Visitor.GetAsync($"/p/{slug}")).ReadHtmlAsync();
        Assert.That(after.Text(".product-delivery"), Does.Contain("within 6 working days"));
        Assert.That(after.Text(".delivery-promise"), Does.Contain("within 6 working days"));
    }
}
