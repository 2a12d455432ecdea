using Shop.Web.Admin.Markets;

namespace Shop.Tests.Admin;

/// <summary>The first shipping zone stops every address from checking out until a zone offers a method: staff are told so.</summary>
public class ShippingZoneWarningTests : ShopFixture
{
    private readonly string _admin = Accounts.UniqueEmail("zone-warning");

    [OneTimeSetUp]
    public Task CreateAdmin() => App.CreateAccountAsync(_admin, roles: Roles.Admin);

    [Test]
    public async Task Staff_are_told_that_no_address_can_check_out_while_no_zone_offers_a_method_and_which_zones_ship_nothing()
    {
        using var admin = await App.SignedInBrowserAsync(_admin);
        Task<HttpResponseMessage> AddZoneAsync(string name, string countries) => admin.SubmitFormAsync("/admin/shipping", "form.shipping-zone-form",
            new Dictionary<string, string?> { ["Form.Name"] = name, ["Form.Countries"] = countries });
        var (_, noZones) = await admin.GetPageAsync("/admin/shipping");

        var usa = await admin.FollowAsync(await AddZoneAsync("USA", "US"));
        var (_, oneEmpty) = await admin.GetPageAsync("/admin/shipping");
        var offered = await admin.SubmitFormAsync(usa, "form.zone-method-standard", new Dictionary<string, string?>
        {
            ["Method.Offered"] = "true", ["Method.Name"] = "Ground", ["Method.Basis"] = "OrderValue", ["Method.Bands"] = "0=5", ["Method.Days"] = "4",
        });
        var usaServed = await admin.FollowAsync(offered);
        var (_, allServed) = await admin.GetPageAsync("/admin/shipping");
        var canada = await admin.FollowAsync(await AddZoneAsync("Canada", "CA"));
        var (_, oneOfTwoEmpty) = await admin.GetPageAsync("/admin/shipping");

        Assert.Multiple(() =>
        {
            Assert.That(noZones.QuerySelector(".shipping-warning"), Is.Null, "without zones the flat rates apply everywhere");
            Assert.That(usa.Text(".admin-notice"), Is.EqualTo("Added the shipping zone USA. From now on only addresses in a zone that offers a shipping method "
                + "can check out, and no zone offers one yet: right now no address can check out. Offer a method below."));
            Assert.That(usa.Text(".shipping-warning"), Is.EqualTo("Nothing ships to USA yet: addresses there cannot check out until you offer a method below. "
                + "No other zone offers one either, so right now no address can check out. " + ShippingWarnings.Rule));
            Assert.That(oneEmpty.Text(".shipping-warning"), Does.StartWith("Right now no address can check out: no zone offers a shipping method yet."));
            Assert.That(usaServed.QuerySelector(".shipping-warning"), Is.Null);
            Assert.That(allServed.QuerySelector(".shipping-warning"), Is.Null);
            Assert.That(canada.Text(".admin-notice"), Is.EqualTo("Added the shipping zone Canada: now say how it is served."));
            Assert.That(canada.Text(".shipping-warning"), Is.EqualTo("Nothing ships to Canada yet: addresses there cannot check out until you offer a method below."));
            Assert.That(oneOfTwoEmpty.Text(".shipping-warning"), Is.EqualTo("Addresses in Canada cannot check out: that zone offers no shipping method. " + ShippingWarnings.Rule));
        });
    }
}
