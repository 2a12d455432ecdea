using Shop.Web.Catalog;

namespace Shop.Tests.Admin;

/// <summary>A renamed product's old address: a permanent redirect to its address now, never to itself.</summary>
public class OldAddressTests : StaffPagesFixture
{
    [Test]
    public async Task A_web_address_left_empty_is_made_from_the_name_and_one_typed_as_words_is_written_as_one()
    {
        using var client = await App.SignedInBrowserAsync(StaffEmail);
        var suffix = Guid.NewGuid().ToString("n")[..6];
        var fields = await ProductFieldsAsync($"Bürostuhl Größe XL {suffix}");
        fields["Slug"] = "";
        var id = await CreateThroughFormAsync(client, fields);
        var made = await App.WithDbAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.Slug).SingleAsync());

        var typed = await client.SubmitFormAsync($"/admin/products/{id}", "form.product-form",
            new Dictionary<string, string?> { ["Slug"] = $"Schreibtisch Lampe Ä {suffix}" });
        var written = await App.WithDbAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.Slug).SingleAsync());

        Assert.That(made, Is.EqualTo($"buerostuhl-groesse-xl-{suffix}"));
        Assert.That(typed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(written, Is.EqualTo($"schreibtisch-lampe-ae-{suffix}"));
    }

    [Test]
    public async Task A_product_s_old_address_leads_to_its_new_one_for_good_until_another_product_takes_it()
    {
        using var client = await App.SignedInBrowserAsync(StaffEmail);
        var fields = await ProductFieldsAsync();
        var id = await CreateThroughFormAsync(client, fields);
        var old = fields["Slug"]!;
        var renamed = await client.SubmitFormAsync($"/admin/products/{id}", "form.product-form", new Dictionary<string, string?> { ["Slug"] = old + "-v2" });
        Assert.That(renamed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        await client.SubmitFormAsync($"/admin/products/{id}", "form.product-form", new Dictionary<string, string?> { ["Slug"] = old + "-v3" });
        using var shopper = App.Browser();

        var first = await shopper.GetAsync($"/p/{old}?variant=1");
        var second = await shopper.GetAsync($"/de/p/{old}-v2");
        var unknown = await shopper.GetAsync($"/p/{old}-v9");

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.MovedPermanently));
        Assert.That(first.Headers.Location?.OriginalString, Is.EqualTo($"/p/{old}-v3?variant=1"), "straight to the address now, query kept");
        Assert.That(second.Headers.Location?.OriginalString, Is.EqualTo($"/de/p/{old}-v3"), "in the same language");
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        var taker = await ProductFieldsAsync();
        taker["Slug"] = old;
        await CreateThroughFormAsync(client, taker);
        var (now, page) = await shopper.GetPageAsync($"/p/{old}");
        Assert.That(now.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a live product's address wins");
        Assert.That(page.Text("h1"), Is.EqualTo(taker["Name"]));
    }

    [Test]
    public async Task An_address_renamed_away_and_back_never_leads_to_itself()
    {
        using var client = await App.SignedInBrowserAsync(StaffEmail);
        var fields = await ProductFieldsAsync();
        var id = await CreateThroughFormAsync(client, fields);
        var slug = fields["Slug"]!;
        foreach (var next in new[] { slug + "-tmp", slug })
            await client.SubmitFormAsync($"/admin/products/{id}", "form.product-form", new Dictionary<string, string?> { ["Slug"] = next });

        var leadsTo = await App.WithDbAsync(db => RetiredSlugs.ProductNowAsync(db, slug, CancellationToken.None));

        Assert.That(leadsTo, Is.Null, "its own address: no redirect (if its page is off sale, a 404, not a loop)");
        Assert.That(await App.WithDbAsync(db => RetiredSlugs.ProductNowAsync(db, slug + "-tmp", CancellationToken.None)), Is.EqualTo(slug));
    }
}
