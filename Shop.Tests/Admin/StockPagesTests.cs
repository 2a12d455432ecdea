using Shop.Web.Catalog;

namespace Shop.Tests.Admin;

/// <summary>Stock adjusted on its staff page: refusals by their field, the cap kept by the database, the audit as typed.</summary>
public class StockPagesTests : StaffPagesFixture
{
    [Test]
    public async Task Removing_more_stock_than_is_on_hand_is_refused_next_to_the_field()
    {
        using var client = await App.SignedInBrowserAsync(StaffEmail);
        var id = await CreateThroughFormAsync(client, await ProductFieldsAsync());

        var response = await client.SubmitFormAsync($"/admin/stock/{id}", "form.stock-form",
            new Dictionary<string, string?> { ["Delta"] = "-8", ["Reason"] = "Correction" });
        var page = await response.ReadHtmlAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(FieldMessage(page, "Delta"), Does.Contain("cannot go below zero"));
        Assert.That(page.Text(".on-hand"), Is.EqualTo("7"));
    }

    [Test]
    public async Task Adding_stock_past_the_most_a_variant_holds_is_refused_next_to_the_field()
    {
        using var client = await App.SignedInBrowserAsync(StaffEmail);
        var id = await CreateThroughFormAsync(client, await ProductFieldsAsync());

        var response = await client.SubmitFormAsync($"/admin/stock/{id}", "form.stock-form",
            new Dictionary<string, string?> { ["Delta"] = "1000000", ["Reason"] = "Received" });
        var page = await response.ReadHtmlAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(FieldMessage(page, "Delta"), Does.Contain("Stock can be at most 1,000,000: 7 on hand, so at most 999993 can be added."));
        Assert.That(page.Text(".on-hand"), Is.EqualTo("7"));
    }

    [Test]
    public async Task The_stock_cap_holds_in_the_update_itself_so_two_adjustments_at_once_cannot_pass_it()
    {
        using var client = await App.SignedInBrowserAsync(StaffEmail);
        var id = await CreateThroughFormAsync(client, await ProductFieldsAsync());
        var variantId = await App.WithDbAsync(db => db.Variants.Where(v => v.ProductId == id).Select(v => v.Id).SingleAsync());

        // Each adjustment was checked against 7 on hand; the second arrives after the first added its units.
        var first = await App.WithAsync<StockLevels, int?>(s => s.TryAdjustAsync(variantId, 600_000, CancellationToken.None));
        var second = await App.WithAsync<StockLevels, int?>(s => s.TryAdjustAsync(variantId, 600_000, CancellationToken.None));

        Assert.That((first, second), Is.EqualTo(((int?)600_007, (int?)null)));
        Assert.That(await App.WithDbAsync(db => db.Variants.Where(v => v.Id == variantId).Select(v => v.StockOnHand).SingleAsync()), Is.EqualTo(600_007));
    }

    [Test]
    public async Task Adjusting_the_stock_of_a_variant_removed_meanwhile_says_so_on_the_form()
    {
        using var client = await App.SignedInBrowserAsync(StaffEmail);
        var id = await CreateThroughFormAsync(client, await ProductFieldsAsync());
        await App.WithDbAsync(async db =>
        {
            var product = await db.Products.Include(p => p.Variants).SingleAsync(p => p.Id == id);
            product.DefineOptions([("Size", ["S", "M"])]);
            return await db.SaveChangesAsync();
        });
        var (_, form) = await client.GetPageAsync($"/admin/stock/{id}");
        var small = await App.WithDbAsync(db => db.Variants.Where(v => v.ProductId == id && v.Option1 == "S").Select(v => v.Id).SingleAsync());
        await App.RemoveItsVariantAsync(p => p.Id == id); // S goes, M stays

        var response = await client.SubmitFormAsync(form, "form.stock-form",
            new Dictionary<string, string?> { ["VariantId"] = small.ToString(), ["Delta"] = "3", ["Reason"] = "Received" });
        var page = await response.ReadHtmlAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(page.Text(".stock-form .alert"), Does.Contain("That variant was removed meanwhile; nothing changed."));
        Assert.That(page.QuerySelector("#Delta")!.GetAttribute("value"), Is.EqualTo("3"), "what was typed stays");
    }

    [Test]
    public async Task A_word_typed_for_units_is_refused_in_the_label_s_words_not_the_field_s_name()
    {
        using var client = await App.SignedInBrowserAsync(StaffEmail);
        var id = await CreateThroughFormAsync(client, await ProductFieldsAsync());

        var response = await client.SubmitFormAsync($"/admin/stock/{id}", "form.stock-form",
            new Dictionary<string, string?> { ["Delta"] = "three", ["Reason"] = "Received" });
        var page = await response.ReadHtmlAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(FieldMessage(page, "Delta"), Is.EqualTo("The value 'three' is not valid for Units."));
    }

    [Test]
    public async Task The_audit_log_shows_text_as_typed_and_still_as_text()
    {
        using var client = await App.SignedInBrowserAsync(StaffEmail);
        var id = await CreateThroughFormAsync(client, await ProductFieldsAsync());
        await client.SubmitFormAsync($"/admin/stock/{id}", "form.stock-form",
            new Dictionary<string, string?> { ["Delta"] = "2", ["Reason"] = "Received", ["Note"] = "Grün <b>box</b> & co" });

        var admin = Accounts.UniqueEmail("admin");
        await App.CreateAccountAsync(admin, roles: Roles.Admin);
        using var reader = await App.SignedInBrowserAsync(admin);
        var (_, log) = await reader.GetPageAsync($"/admin/audit?entity=Product&id={id}");

        Assert.That(log.Texts("code.audit-json"), Has.Some.Contains("\"Note\":\"Grün <b>box</b> & co\""));
        Assert.That(log.QuerySelector("code.audit-json b"), Is.Null, "shown, not run");
    }
}
