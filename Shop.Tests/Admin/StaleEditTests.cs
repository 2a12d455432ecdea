using Shop.Tests.Orders;
using Shop.Web.Content;
using Shop.Web.Markets;
using Shop.Domain.Markets;

namespace Shop.Tests.Admin;

/// <summary>
/// Two staff open the same record's form; one saves. The other's save, from the form opened before, is refused (409,
/// what they typed kept, the colleague's change standing); saving that form again then replaces it, knowingly.
/// </summary>
public class StaleEditTests : OrdersFixture
{
    private HttpClient colleague = null!;

    [OneTimeSetUp]
    public async Task SecondStaffMember() => colleague = await App.CreateAccountAndSignInAsync(Unique("colleague"), Roles.Staff);

    [OneTimeTearDown]
    public void SignOutColleague() => colleague.Dispose();

    private async Task TwoStaffSaveAsync(string url, string form, Dictionary<string, string?> mine, Dictionary<string, string?> theirs,
        Func<Task<string>> saved, string mineSaved, string theirsSaved, Dictionary<string, string?>? always = null)
    {
        foreach (var (field, value) in always ?? []) (mine[field], theirs[field]) = (value, value);
        var (_, myPage) = await Staff.GetPageAsync(url);
        var (_, theirPage) = await colleague.GetPageAsync(url);

        var first = await Staff.SubmitFormAsync(myPage, form, mine);
        var second = await colleague.SubmitFormAsync(theirPage, form, theirs);
        var refused = await second.ReadHtmlAsync();
        var afterRefusal = await saved();
        var again = await colleague.SubmitFormAsync(refused, form, always);

        Assert.Multiple(async () =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the first save");
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "a save from the form opened before it");
            Assert.That(refused.Text("main"), Does.Contain("Someone else saved this since you opened it"));
            Assert.That(afterRefusal, Is.EqualTo(mineSaved), "the colleague's change stands");
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "saving the returned form again replaces it, knowingly");
            Assert.That(await saved(), Is.EqualTo(theirsSaved));
        });
    }

    [Test]
    public async Task A_discount_code()
    {
        var id = await App.WithDbAsync(async db =>
        {
            var code = new Shop.Domain.Checkout.DiscountCode("STALE-" + Guid.NewGuid().ToString("N")[..6], Shop.Domain.Checkout.DiscountKind.Percentage, 10m);
            db.DiscountCodes.Add(code);
            await db.SaveChangesAsync();
            return code.Id;
        });
        await TwoStaffSaveAsync($"/admin/discounts/{id}", "form.discount-form", new() { ["Value"] = "25" }, new() { ["UsageLimit"] = "100" },
            () => App.WithDbAsync(db => db.DiscountCodes.Where(d => d.Id == id).Select(d => $"{d.Value:0} {d.UsageLimit}").SingleAsync()),
            mineSaved: "25 ", theirsSaved: "10 100", always: new() { ["ProductIds"] = null }); // an empty multiple choice posts nothing
    }

    [Test]
    public async Task A_tax_zone()
    {
        var id = await App.WithDbAsync(async db =>
        {
            var zone = new TaxZone("Staleland", "VAT", "IS", null, 0.10m, 0.05m);
            db.TaxZones.Add(zone);
            await db.SaveChangesAsync();
            return zone.Id;
        });
        await TwoStaffSaveAsync($"/admin/tax/{id}", "form.tax-zone-form", new() { ["StandardPercent"] = "8" }, new() { ["ReducedPercent"] = "4" },
            () => App.WithDbAsync(db => db.TaxZones.Where(z => z.Id == id).Select(z => $"{z.StandardRate * 100:0} {z.ReducedRate * 100:0}").SingleAsync()),
            mineSaved: "8 5", theirsSaved: "10 4");
    }

    [Test]
    public async Task A_shipping_zone_and_its_methods()
    {
        var id = await App.WithDbAsync(async db =>
        {
            var zone = new ShippingZone("Stale shipping", "NO", null);
            db.ShippingZones.Add(zone);
            await db.SaveChangesAsync();
            return zone.Id;
        });
        Task<string> Name() => App.WithDbAsync(db => db.ShippingZones.Where(z => z.Id == id).Select(z => z.Name).SingleAsync());
        await TwoStaffSaveAsync($"/admin/shipping/{id}", "form.shipping-zone-form", new() { ["Zone.Name"] = "Norway" }, new() { ["Zone.Countries"] = "NO, SJ" },
            async () => await Name() + " " + await App.WithDbAsync(db => db.ShippingZones.Where(z => z.Id == id).Select(z => z.Countries).SingleAsync()),
            mineSaved: "Norway NO", theirsSaved: "Stale shipping NO, SJ");

        var (_, stalePage) = await colleague.GetPageAsync($"/admin/shipping/{id}");
        Assert.That((await Staff.SubmitFormAsync($"/admin/shipping/{id}", "form.shipping-zone-form", new Dictionary<string, string?> { ["Zone.Name"] = "Norge" })).StatusCode,
            Is.EqualTo(HttpStatusCode.Redirect));
        var method = await colleague.SubmitFormAsync(stalePage, "form.zone-method-express", new Dictionary<string, string?>
            { ["Method.Offered"] = "true", ["Method.Name"] = "Express", ["Method.Basis"] = "Weight", ["Method.Bands"] = "0=20", ["Method.Days"] = "1" });
        Assert.That(method.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "a method saved from the page opened before the zone's save");
        Assert.That(await Name(), Is.EqualTo("Norge"));
    }

    [Test]
    public async Task A_category()
    {
        var id = await App.WithDbAsync(async db =>
        {
            var category = new Category("Stale goods", "stale-goods-" + Guid.NewGuid().ToString("N")[..6], "", 99);
            db.Categories.Add(category);
            await db.SaveChangesAsync();
            return category.Id;
        });
        await TwoStaffSaveAsync($"/admin/categories/{id}", "form.category-form", new() { ["Name"] = "Fresh goods" }, new() { ["Description"] = "Old stock" },
            () => App.WithDbAsync(db => db.Categories.Where(c => c.Id == id).Select(c => c.Name + "|" + c.Description).SingleAsync()),
            mineSaved: "Fresh goods|", theirsSaved: "Stale goods|Old stock");
    }

    [Test]
    public async Task A_shop_page()
    {
        var id = await App.WithDbAsync(db => db.ContentPages.OrderByDescending(p => p.Id).Select(p => p.Id).FirstAsync());
        var markdown = await App.WithDbAsync(db => db.ContentPages.Where(p => p.Id == id).Select(p => p.Markdown).SingleAsync());
        var title = await App.WithDbAsync(db => db.ContentPages.Where(p => p.Id == id).Select(p => p.Title).SingleAsync());
        await TwoStaffSaveAsync($"/admin/pages/{id}", "form.content-page-form", new() { ["Title"] = "Our terms, revised" }, new() { ["Markdown"] = markdown + "\n\nOne more line." },
            () => App.WithDbAsync(db => db.ContentPages.Where(p => p.Id == id).Select(p => p.Title + "|" + (p.Markdown.EndsWith("One more line.") ? "line" : "")).SingleAsync()),
            mineSaved: "Our terms, revised|", theirsSaved: title + "|line");
    }
}
