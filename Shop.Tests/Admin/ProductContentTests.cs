namespace Shop.Tests.Admin;

/// <summary>Staff write a product's content ("0,75 l") on its form and a size's own in the variant grid; what cannot be read is said beside it.</summary>
public class ProductContentTests : ProductEditorFixture
{
    [Test]
    public async Task The_product_form_keeps_a_content_and_refuses_one_it_cannot_read()
    {
        var id = await CreateProductAsync();
        using var staff = await StaffAsync();

        var refused = await staff.SubmitFormAsync(await EditorAsync(staff, id), "form.product-form", new Dictionary<string, string?> { ["Content"] = "5 lbs" });
        var refusedPage = await refused.ReadHtmlAsync();
        var saved = await staff.SubmitFormAsync(await EditorAsync(staff, id), "form.product-form", new Dictionary<string, string?> { ["Content"] = "0,75 l" });
        var editor = await EditorAsync(staff, id);

        Assert.Multiple(async () =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(refusedPage.Text("[data-valmsg-for=Content]"), Is.EqualTo(NetContent.Refusal));
            Assert.That(refusedPage.QuerySelector("#Content")!.GetAttribute("value"), Is.EqualTo("5 lbs"), "kept in the box");
            AssertRedirected(saved);
            Assert.That((await ProductAsync(id)).Content, Is.EqualTo(NetContent.Parse("0.75 l")), "the German comma read");
            Assert.That(editor.QuerySelector("#Content")!.GetAttribute("value"), Is.EqualTo("0.75 l"));
            var audit = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityId == id.ToString()).OrderBy(e => e.Id).Select(e => e.After).ToListAsync());
            Assert.That(audit.Last(), Does.Contain("0.75 l"));
        });
    }

    [Test]
    public async Task A_size_holds_its_own_content_in_the_grid_and_an_empty_cell_is_the_products()
    {
        var id = await CreateProductAsync();
        using var staff = await StaffAsync();
        AssertRedirected(await DefineOptionsAsync(staff, await EditorAsync(staff, id), ("Size", "Small, Large")));

        var refused = await SaveGridAsync(staff, await EditorAsync(staff, id), ("Large", "Content", "a lot"));
        var saved = await SaveGridAsync(staff, await EditorAsync(staff, id), ("Large", "Content", "2 kg"), ("Small", "Content", ""));
        var variants = await App.WithDbAsync(db => db.Variants.Where(v => v.ProductId == id).ToDictionaryAsync(v => v.Option1!, v => v.Content));

        Assert.Multiple(async () =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await refused.ReadHtmlAsync()).Body!.TextContent, Does.Contain(NetContent.Refusal));
            AssertRedirected(saved);
            Assert.That(variants["Large"], Is.EqualTo(NetContent.Parse("2 kg")));
            Assert.That(variants["Small"], Is.Null);
        });
    }
}
