using Shop.Web.Admin.Products;
using Shop.Web.Shared;

namespace Shop.Tests.Admin;

/// <summary>Staff work on products, categories and the catalog file through the real pages.</summary>
public class AdminPagesTests : StaffPagesFixture
{
    [Test]
    public async Task Staff_create_a_product_through_the_form_and_find_it_in_the_table()
    {
        using var client = await App.SignedInBrowserAsync(StaffEmail);
        var fields = await ProductFieldsAsync();

        await CreateThroughFormAsync(client, fields);

        var (_, table) = await client.GetPageAsync($"/admin/products?q={Uri.EscapeDataString(fields["Sku"]!)}");
        Assert.That(table.Texts(".admin-products .product-name"), Is.EqualTo(new[] { fields["Name"] }));
        Assert.That(table.Text(".admin-products .product-stock"), Is.EqualTo("7"));
    }

    [Test]
    public async Task The_product_form_shows_each_problem_next_to_its_field()
    {
        using var client = await App.SignedInBrowserAsync(StaffEmail);
        var taken = await App.WithDbAsync(db => db.Products.OrderBy(p => p.Id).Select(p => p.Sku).FirstAsync());
        var fields = await ProductFieldsAsync();
        fields["Name"] = "";
        fields["Price"] = "0";
        fields["Sku"] = taken;
        fields["InitialStock"] = "-3";

        var response = await client.SubmitFormAsync("/admin/products/new", "form.product-form", fields);
        var page = await response.ReadHtmlAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(FieldMessage(page, "Name"), Is.EqualTo("Enter the product's name."));
            Assert.That(FieldMessage(page, "Price"), Is.EqualTo("The price must be above zero."));
            Assert.That(FieldMessage(page, "Sku"), Is.EqualTo("Another product already has this SKU."));
            Assert.That(FieldMessage(page, "InitialStock"), Is.EqualTo("Stock cannot be negative."));
        });
    }

    [TestCase("1,000", PlainDecimalBinder.SeparatorRefused)]
    [TestCase("1,000.50", PlainDecimalBinder.SeparatorRefused)]
    [TestCase("ten", PlainDecimalBinder.NotANumber)]
    public async Task A_thousands_separator_is_refused_not_guessed(string price, string message)
    {
        using var client = await App.SignedInBrowserAsync(StaffEmail);
        var fields = await ProductFieldsAsync();
        fields["Price"] = price;

        var response = await client.SubmitFormAsync("/admin/products/new", "form.product-form", fields);
        var page = await response.ReadHtmlAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(FieldMessage(page, "Price"), Is.EqualTo(message));
            Assert.That(page.QuerySelector("#Price")?.GetAttribute("value"), Is.EqualTo(price), "what staff typed stays");
            Assert.That(await App.WithDbAsync(db => db.Products.AnyAsync(p => p.Sku == fields["Sku"])), Is.False);
        });
    }

    [TestCase("10,5", 10.50)]
    [TestCase("0,5", 0.50)]
    [TestCase("19.99", 19.99)]
    public async Task A_decimal_comma_is_read_as_the_decimal_point(string price, decimal saved)
    {
        using var client = await App.SignedInBrowserAsync(StaffEmail);
        var fields = await ProductFieldsAsync();
        fields["Price"] = price;

        await CreateThroughFormAsync(client, fields);

        Assert.That(await App.WithDbAsync(db => db.Products.Where(p => p.Sku == fields["Sku"]).Select(p => p.Price).SingleAsync()), Is.EqualTo(saved));
    }

    [Test]
    public async Task TwoStaffEmail_editing_one_product_the_second_save_is_refused_keeps_their_input_and_a_second_press_replaces()
    {
        using var first = await App.SignedInBrowserAsync(StaffEmail);
        using var second = await App.SignedInBrowserAsync(OtherStaffEmail);
        var id = await CreateThroughFormAsync(first, await ProductFieldsAsync());
        var (_, pageA) = await first.GetPageAsync($"/admin/products/{id}");
        var (_, pageB) = await second.GetPageAsync($"/admin/products/{id}");

        var saved = await first.SubmitFormAsync(pageA, "form.product-form", new Dictionary<string, string?> { ["Price"] = "45.00" });
        var refused = await second.SubmitFormAsync(pageB, "form.product-form", new Dictionary<string, string?> { ["Price"] = "99.00", ["Name"] = "Their name" });
        var page = await refused.ReadHtmlAsync();

        var product = await App.WithDbAsync(db => db.Products.SingleAsync(p => p.Id == id));
        var knowingly = await second.SubmitFormAsync(page, "form.product-form");
        var replaced = await App.WithDbAsync(db => db.Products.SingleAsync(p => p.Id == id));
        Assert.Multiple(() =>
        {
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(knowingly.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "saving the refused form again replaces their save");
            Assert.That((replaced.Price, replaced.Name), Is.EqualTo((99.00m, "Their name")));
            Assert.That(page.Text(".validation-summary-errors"), Does.Contain("changed by someone else"));
            Assert.That(page.QuerySelector("input[name='Price']")!.GetAttribute("value"), Is.EqualTo("99.00"));
            Assert.That(page.QuerySelector("input[name='Name']")!.GetAttribute("value"), Is.EqualTo("Their name"));
            Assert.That(product.Price, Is.EqualTo(45.00m));
        });
    }

    [Test]
    public async Task Staff_mark_a_product_digital_it_saves_is_audited_and_its_page_promises_no_delivery()
    {
        using var client = await App.SignedInBrowserAsync(StaffEmail);
        var fields = await ProductFieldsAsync();
        var id = await CreateThroughFormAsync(client, fields);
        var (_, edit) = await client.GetPageAsync($"/admin/products/{id}");
        Assert.That(edit.QuerySelector("input[type=checkbox][name='IsDigital']")?.HasAttribute("checked"), Is.False, "shipped by default");

        var saved = await client.SubmitFormAsync(edit, "form.product-form", new Dictionary<string, string?> { ["IsDigital"] = "true" });
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await saved.Content.ReadAsStringAsync());

        var (_, again) = await client.GetPageAsync($"/admin/products/{id}");
        var edited = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "Product" && e.EntityId == id.ToString() && e.Action == "Edited")
            .OrderBy(e => e.Id).Select(e => new { e.Before, e.After }).SingleAsync());
        var (_, shown) = await App.Browser().GetPageAsync($"/p/{fields["Slug"]}");
        Assert.Multiple(async () =>
        {
            Assert.That(await App.WithDbAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.IsDigital).SingleAsync()), Is.True);
            Assert.That(again.QuerySelector("input[type=checkbox][name='IsDigital']")?.HasAttribute("checked"), Is.True);
            Assert.That(again.Text("label[for='IsDigital']"), Is.EqualTo("Digital — not shipped"));
            Assert.That(edited.Before, Does.Contain("\"IsDigital\":false"));
            Assert.That(edited.After, Does.Contain("\"IsDigital\":true"));
            Assert.That(shown.QuerySelector(".product-delivery"), Is.Null, "no delivery time for a digital product");
            Assert.That(shown.Text(".product-digital"), Is.EqualTo("Digital product: nothing is shipped."));
        });
    }

    [Test]
    public async Task A_text_file_named_png_is_refused_with_a_clear_message_and_a_real_png_is_shown()
    {
        using var client = await App.SignedInBrowserAsync(StaffEmail);
        var id = await CreateThroughFormAsync(client, await ProductFieldsAsync());
        var (_, edit) = await client.GetPageAsync($"/admin/products/{id}");

        var fake = await UploadAsync(client, edit, "form.image-form", "pictures", Encoding.UTF8.GetBytes("not a picture"), "photo.png", "image/png");
        var fakePage = await fake.ReadHtmlAsync();
        var real = await UploadAsync(client, edit, "form.image-form", "pictures", AdminFixture.SmallPng(), "photo.png", "image/png");
        var shown = await client.FollowAsync(real);

        Assert.Multiple(async () =>
        {
            Assert.That(fake.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(fakePage.Text(".picture-problems"), Is.EqualTo("That file is not a PNG, JPEG or WebP picture."));
            var src = shown.QuerySelector("img.admin-thumb")?.GetAttribute("src");
            Assert.That(src, Does.Match("^/media/products/[0-9a-f]{32}-320\\.jpg$"));
            var picture = await client.GetAsync(src);
            Assert.That(picture.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(picture.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/jpeg"));
        });
    }

    [Test]
    public async Task A_csv_import_with_a_bad_row_lists_it_by_line_and_changes_nothing()
    {
        using var client = await App.SignedInBrowserAsync(StaffEmail);
        var (_, page) = await client.GetPageAsync("/admin/products/import");
        var before = await App.WithDbAsync(db => db.Products.CountAsync());
        var csv = "Sku,Name,Slug,Category,Price,CompareAtPrice,Stock,Published,Description\n" +
                  $"{Unique("OK")},Fine,{Unique("fine")},{await App.WithDbAsync(db => db.Categories.Select(c => c.Slug).FirstAsync())},5.00,,1,true,\n" +
                  $"{Unique("BAD")},Bad,{Unique("bad")},nowhere,-5,,1,true,\n";

        var response = await UploadAsync(client, page, "form.import-form", "file", Encoding.UTF8.GetBytes(csv), "catalog.csv", "text/csv");
        var report = await response.ReadHtmlAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(report.Text(".import-problems"), Does.Contain("Nothing was imported").And.Contain("Line 3: Category: there is no category 'nowhere'."));
        Assert.That(report.QuerySelector(".import-problems[autofocus][tabindex='-1']"), Is.Not.Null, "the page opens on the problems (FormErrorTagHelper)");
        Assert.That(await App.WithDbAsync(db => db.Products.CountAsync()), Is.EqualTo(before));
    }

    [Test]
    public async Task A_csv_file_somewhat_over_the_size_limit_is_refused_on_the_import_page_itself()
    {
        using var client = await App.SignedInBrowserAsync(StaffEmail);
        var (_, page) = await client.GetPageAsync("/admin/products/import");
        var tooLarge = Encoding.UTF8.GetBytes("Sku,Name\n" + new string('x', 9 * 1024 * 1024));

        var response = await UploadAsync(client, page, "form.import-form", "file", tooLarge, "catalog.csv", "text/csv");
        var report = await response.ReadHtmlAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(report.Text(".import-problems"), Does.Contain("That file is larger than 8 MB; export one category at a time"));
    }

    [Test]
    public async Task A_csv_file_far_over_the_size_limit_is_refused_on_the_import_page_not_the_bare_413_page()
    {
        using var client = await App.SignedInBrowserAsync(StaffEmail);
        var (_, page) = await client.GetPageAsync("/admin/products/import");
        var huge = Encoding.UTF8.GetBytes("Sku,Name\n" + new string('x', 33 * 1024 * 1024)); // the 51,000-product catalog's export is 11.7 MB

        var response = await UploadAsync(client, page, "form.import-form", "file", huge, "catalog.csv", "text/csv");
        var report = await response.ReadHtmlAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(report.Text(".import-problems"), Does.Contain("That file is larger than 8 MB; export one category at a time"));
        Assert.That(report.QuerySelector("form.import-form"), Is.Not.Null, "the import form, to choose another file");
    }

    [Test]
    public async Task The_product_list_filtered_by_category_exports_that_category_and_the_file_imports_back()
    {
        using var client = await App.SignedInBrowserAsync(StaffEmail);
        var category = await App.WithDbAsync(db => db.Products.Where(p => !p.IsArchived).OrderBy(p => p.CategoryId).Select(p => p.CategoryId).FirstAsync());
        var skus = await App.WithDbAsync(db => db.Products.Where(p => !p.IsArchived && p.CategoryId == category).Select(p => p.Sku).ToListAsync());
        var (_, list) = await client.GetPageAsync($"/admin/products?category={category}");
        var link = list.QuerySelector("a.export-products")!.GetAttribute("href")!;

        var file = await client.GetByteArrayAsync(link);
        var rows = Encoding.UTF8.GetString(file).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split(',')).ToList();
        var (_, importPage) = await client.GetPageAsync("/admin/products/import");
        var imported = await client.FollowAsync(await UploadAsync(client, importPage, "form.import-form", "file", file, "category.csv", "text/csv"));

        Assert.Multiple(() =>
        {
            Assert.That(link, Is.EqualTo($"/admin/products/export?category={category}"));
            Assert.That(rows.Select(r => r[1]).Distinct(), Is.EquivalentTo(skus), "that category's products, every one");
            Assert.That(imported.Text(".admin-notice"), Is.EqualTo("Import applied: 0 products created, 0 updated."));
        });
    }

    [Test]
    public async Task Staff_search_ignores_case_beyond_ASCII()
    {
        using var client = await App.SignedInBrowserAsync(StaffEmail);
        var fields = await ProductFieldsAsync("Éclair tin " + Unique("x"));
        fields["Slug"] = Unique("eclair-tin");
        await CreateThroughFormAsync(client, fields);

        var (_, found) = await client.GetPageAsync("/admin/products?q=" + Uri.EscapeDataString("ÉCLAIR TIN"));

        Assert.That(found.Body!.TextContent, Does.Contain(fields["Name"]!));
    }

    [Test]
    public async Task Deleting_a_category_with_products_is_refused_with_advice_to_move_them()
    {
        using var client = await App.SignedInBrowserAsync(StaffEmail);
        var (_, categories) = await client.GetPageAsync("/admin/categories");

        var response = await client.SubmitFormAsync(categories, "form.delete-category");
        var page = await client.FollowAsync(response);

        Assert.That(page.Text(".admin-notice"), Does.Contain("Move them to another category first"));
        Assert.That(page.Texts(".category-name"), Has.Count.EqualTo(await App.WithDbAsync(db => db.Categories.CountAsync())));
    }

    [Test]
    public async Task Deleting_a_category_that_holds_only_archived_products_says_they_are_archived_and_links_to_them()
    {
        using var client = await App.SignedInBrowserAsync(StaffEmail);
        var name = Unique("Gifts");
        await client.SubmitFormAsync("/admin/categories/new", "form.category-form", new Dictionary<string, string?> { ["Name"] = name, ["Slug"] = name.ToLowerInvariant() });
        var categoryId = await App.WithDbAsync(db => db.Categories.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());
        var fields = await ProductFieldsAsync();
        fields["CategoryId"] = categoryId.ToString();
        var productId = await CreateThroughFormAsync(client, fields);
        // As deleting a product that past orders name does.
        await App.WithDbAsync(async db => { (await db.Products.SingleAsync(p => p.Id == productId)).Archive(); await db.SaveChangesAsync(); });
        var (_, categories) = await client.GetPageAsync("/admin/categories");

        var page = await client.FollowAsync(await client.SubmitFormAsync(categories, $"form.delete-category[action='/admin/categories/{categoryId}/delete']"));

        var link = page.QuerySelector(".admin-notice a")?.GetAttribute("href");
        var (_, archived) = await client.GetPageAsync(link ?? "/admin/products");
        var row = categories.QuerySelectorAll(".admin-categories tbody tr").Single(r => r.QuerySelector(".category-name").Text() == name);
        Assert.Multiple(async () =>
        {
            Assert.That(row.QuerySelector(".category-products").Text(), Is.EqualTo("0 + 1 archived"));
            Assert.That(page.Text(".admin-notice"), Is.EqualTo("This category still holds 1 archived product: off sale, but it keeps its category "
                + "for the orders that name it. Move it to another category first, then delete the category. Show them"));
            Assert.That(link, Is.EqualTo($"/admin/products?category={categoryId}&archived=true"));
            Assert.That(archived.Texts(".admin-products .product-name"), Is.EqualTo(new[] { fields["Name"] }));
            Assert.That(await App.WithDbAsync(db => db.Categories.AnyAsync(c => c.Id == categoryId)), Is.True);
        });
    }

    [Test]
    public async Task Shoppers_see_aStaffEmail_price_change_and_unpublishing_on_their_next_request()
    {
        using var staff = await App.SignedInBrowserAsync(StaffEmail);
        var fields = await ProductFieldsAsync();
        var id = await CreateThroughFormAsync(staff, fields);
        var category = await App.WithDbAsync(db => db.Categories.Where(c => c.Id == int.Parse(fields["CategoryId"]!)).Select(c => c.Slug).SingleAsync());
        using var shopper = App.Browser();
        var (_, before) = await shopper.GetPageAsync($"/p/{fields["Slug"]}");
        await shopper.GetPageAsync($"/c/{category}?sort=newest");
        Assert.That(before.Text("h1"), Is.EqualTo(fields["Name"]));

        await staff.SubmitFormAsync($"/admin/products/{id}", "form.product-form", new Dictionary<string, string?> { ["Price"] = "12.34" });
        var (_, repriced) = await shopper.GetPageAsync($"/p/{fields["Slug"]}");
        await staff.SubmitFormAsync($"/admin/products/{id}", "form.publish-form");
        var gone = await shopper.GetAsync($"/p/{fields["Slug"]}");
        var (_, list) = await shopper.GetPageAsync($"/c/{category}?sort=newest");

        Assert.Multiple(() =>
        {
            Assert.That(repriced.Text(".price"), Is.EqualTo("$12.34"));
            Assert.That(gone.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(list.ProductNames(), Does.Not.Contain(fields["Name"]));
        });
    }

    [Test]
    public async Task Deleting_a_product_nobody_ordered_removes_it_and_says_so()
    {
        using var staff = await App.SignedInBrowserAsync(StaffEmail);
        var id = await CreateThroughFormAsync(staff, await ProductFieldsAsync());

        var response = await staff.SubmitFormAsync($"/admin/products/{id}", "form.delete-form");
        var page = await staff.FollowAsync(response);

        Assert.That(page.Text(".admin-notice"), Is.EqualTo("Product deleted."));
        Assert.That((await staff.GetAsync($"/admin/products/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_category_s_web_address_left_empty_is_made_from_its_name()
    {
        using var staff = await App.SignedInBrowserAsync(StaffEmail);
        var suffix = Guid.NewGuid().ToString("n")[..6];
        var created = await staff.SubmitFormAsync("/admin/categories/new", "form.category-form",
            new Dictionary<string, string?> { ["Name"] = $"Küche & Bad {suffix}", ["Slug"] = "" });

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await App.WithDbAsync(db => db.Categories.AnyAsync(c => c.Slug == $"kueche-bad-{suffix}")), Is.True);
    }

    [Test]
    public async Task The_category_form_shows_its_problems_next_to_the_fields_and_a_good_one_is_listed()
    {
        using var staff = await App.SignedInBrowserAsync(StaffEmail);
        var taken = await App.WithDbAsync(db => db.Categories.Select(c => c.Slug).FirstAsync());
        var name = Unique("Garden tools");

        var refused = await staff.SubmitFormAsync("/admin/categories/new", "form.category-form",
            new Dictionary<string, string?> { ["Name"] = "", ["Slug"] = taken });
        var refusedPage = await refused.ReadHtmlAsync();
        var created = await staff.SubmitFormAsync("/admin/categories/new", "form.category-form",
            new Dictionary<string, string?> { ["Name"] = name, ["Slug"] = name.ToLowerInvariant().Replace(' ', '-') });
        var list = await staff.FollowAsync(created);

        Assert.Multiple(() =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(FieldMessage(refusedPage, "Name"), Is.EqualTo("Enter the category's name."));
            Assert.That(FieldMessage(refusedPage, "Slug"), Is.EqualTo("Another category already uses this slug."));
            Assert.That(list.Texts(".category-name").Last(), Is.EqualTo(name));
        });
    }

    [Test]
    public async Task The_catalog_exports_as_a_csv_download()
    {
        using var staff = await App.SignedInBrowserAsync(StaffEmail);

        var response = await staff.GetAsync("/admin/products/export");
        var text = await response.Content.ReadAsStringAsync();

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Does.Match(@"^catalog-\d{4}-\d{2}-\d{2}\.csv$"));
        Assert.That(text, Does.StartWith(string.Join(",", CatalogFile.Columns)));
    }
}
