using Shop.Web.Admin.Products;

namespace Shop.Tests.Admin;

/// <summary>Staff act on many products at once from the product table: filters, publish, move, reprice, remove.</summary>
public class ProductBulkTests : AdminFixture
{
    private HttpClient staff = null!;

    [OneTimeSetUp]
    public async Task SignInStaff() => staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("staff"), Roles.Staff);

    [OneTimeTearDown]
    public void SignOutStaff() => staff.Dispose();

    /// <summary>Posts the bulk form of the product table with these fields (Selected repeats, as ticked boxes do).</summary>
    private async Task<HttpResponseMessage> BulkAsync(HttpClient client, params (string Name, string Value)[] fields)
    {
        var (_, page) = await client.GetPageAsync("/admin/products");
        var token = page.QuerySelector("#bulk-form input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        return await client.PostAsync("/admin/products/bulk", new FormUrlEncodedContent(
            fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token))));
    }

    private static (string, string)[] Ticked(params int[] ids) => ids.Select(id => ("Selected", id.ToString())).ToArray();

    private Task<Product> ProductAsync(int id) => App.WithDbAsync(db => db.Products.AsNoTracking().SingleAsync(p => p.Id == id));

    [Test]
    public async Task The_table_filters_by_category_published_and_stock_and_shows_thumbnails()
    {
        var soldOut = await CreateProductAsync(stock: 0);
        var low = await CreateProductAsync(stock: 3);
        var form = await NewProductFormAsync(stock: 50);
        form.IsPublished = false;
        var hidden = await CreateProductAsync(Task.FromResult(form));
        var names = await App.WithDbAsync(db => db.Products.Where(p => p.Id == soldOut || p.Id == low || p.Id == hidden).ToDictionaryAsync(p => p.Id, p => p.Name));

        async Task<List<string>> NamesAsync(string query) => (await staff.GetPageAsync("/admin/products?" + query)).Page.Texts(".product-name");
        var category = await AnyCategoryAsync();
        var (_, all) = await staff.GetPageAsync("/admin/products");

        Assert.Multiple(async () =>
        {
            Assert.That(await NamesAsync($"stock=out&category={category}&q=test+lamp"), Does.Contain(names[soldOut]).And.Not.Contain(names[low]));
            Assert.That(await NamesAsync("stock=low&q=test+lamp"), Does.Contain(names[low]).And.Not.Contain(names[soldOut]));
            Assert.That(await NamesAsync("published=no&q=test+lamp"), Does.Contain(names[hidden]).And.Not.Contain(names[low]));
            Assert.That(all.QuerySelectorAll(".product-row img.admin-thumb"), Is.Not.Empty, "demo products have pictures");
        });
    }

    [Test]
    public async Task Ticked_products_are_unpublished_and_moved_together_and_each_change_is_audited()
    {
        var a = await CreateProductAsync();
        var b = await CreateProductAsync();
        var other = await App.WithDbAsync(db => db.Categories.OrderByDescending(c => c.Id).Select(c => c.Id).FirstAsync());

        var hidden = await staff.FollowAsync(await BulkAsync(staff, [.. Ticked(a, b), ("Action", "unpublish")]));
        await BulkAsync(staff, [.. Ticked(a, b), ("Action", "move"), ("CategoryId", other.ToString())]);
        var (pa, pb) = (await ProductAsync(a), await ProductAsync(b));
        var audited = await App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "Product" && (e.EntityId == a.ToString() || e.EntityId == b.ToString())
                                                                             && (e.Action == "Unpublished" || e.Action == "Moved")));

        Assert.Multiple(() =>
        {
            Assert.That(hidden.Text(".admin-notice"), Is.EqualTo("2 products unpublished."));
            Assert.That((pa.IsPublished, pb.IsPublished, pa.CategoryId, pb.CategoryId), Is.EqualTo((false, false, other, other)));
            Assert.That(audited, Is.EqualTo(4));
        });
    }

    [Test]
    public async Task Ticked_products_are_marked_digital_and_shipped_again_and_each_change_is_audited()
    {
        var a = await CreateProductAsync();
        var b = await CreateProductAsync();

        var digital = await staff.FollowAsync(await BulkAsync(staff, [.. Ticked(a, b), ("Action", ProductBulkForm.Digital)]));
        var both = (await ProductAsync(a)).IsDigital && (await ProductAsync(b)).IsDigital;
        await BulkAsync(staff, [.. Ticked(b), ("Action", ProductBulkForm.Shipped)]);
        var actions = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "Product" && (e.EntityId == a.ToString() || e.EntityId == b.ToString()))
            .Select(e => e.Action).Where(x => x.StartsWith("Marked")).ToListAsync());

        Assert.Multiple(async () =>
        {
            Assert.That(digital.Text(".admin-notice"), Is.EqualTo("2 products marked digital."));
            Assert.That(both, Is.True);
            Assert.That(((await ProductAsync(a)).IsDigital, (await ProductAsync(b)).IsDigital), Is.EqualTo((true, false)));
            Assert.That(actions.Order(), Is.EqualTo(new[] { "Marked digital", "Marked digital", "Marked shipped" }));
        });
    }

    [Test]
    public async Task Prices_change_by_a_percentage_or_an_amount_variants_too_and_the_shop_shows_the_new_price()
    {
        var a = await CreateProductAsync();  // 25.50
        var withVariant = await CreateProductAsync();
        await App.WithDbAsync(async db =>
        {
            var p = await db.Products.SingleAsync(x => x.Id == withVariant);
            p.RepriceVariants([p.DefaultVariant.Id], 30m);
            await db.SaveChangesAsync();
        });
        var slug = (await ProductAsync(a)).Slug;
        using var visitor = App.Browser();
        await visitor.GetAsync($"/p/{slug}"); // the page is cached before the change

        await BulkAsync(staff, [.. Ticked(a, withVariant), ("Action", "price"), ("PriceBy", "percent"), ("Change", "10")]);
        var afterPercent = (await ProductAsync(a)).Price;
        await BulkAsync(staff, [.. Ticked(a), ("Action", "price"), ("PriceBy", "amount"), ("Change", "-0.05")]);
        var variantPrice = await App.WithDbAsync(db => db.Variants.Where(v => v.ProductId == withVariant).Select(v => v.Price).SingleAsync());
        var page = await (await visitor.GetAsync($"/p/{slug}")).Content.ReadAsStringAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(afterPercent, Is.EqualTo(28.05m), "25.50 + 10%");
            Assert.That((await ProductAsync(a)).Price, Is.EqualTo(28.00m));
            Assert.That(variantPrice, Is.EqualTo(33.00m), "the variant's own price moves too");
            Assert.That(page, Does.Contain("28.00"), "the catalog's cache follows the change");
        });
    }

    [Test]
    public async Task A_black_friday_sale_shows_the_old_prices_as_was_prices_and_its_end_brings_the_very_prices_back()
    {
        var a = await CreateProductAsync();
        await App.WithDbAsync(async db =>
        {
            (await db.Products.SingleAsync(x => x.Id == a)).Reprice(16.67m, null); // 16.67 − 20% + 25% would be 16.68
            await db.SaveChangesAsync();
        });

        var onSale = await staff.FollowAsync(await BulkAsync(staff, [.. Ticked(a), ("Action", "sale"), ("PriceBy", "percent"), ("Change", "-20")]));
        var during = await ProductAsync(a);
        var ended = await staff.FollowAsync(await BulkAsync(staff, [.. Ticked(a), ("Action", "end-sale")]));
        var after = await ProductAsync(a);
        var raised = await BulkAsync(staff, [.. Ticked(a), ("Action", "sale"), ("PriceBy", "percent"), ("Change", "10")]);

        Assert.Multiple(async () =>
        {
            Assert.That(onSale.Text(".admin-notice"), Is.EqualTo("1 product put on sale."));
            Assert.That((during.Price, during.CompareAtPrice), Is.EqualTo((13.34m, (decimal?)16.67m)));
            Assert.That(ended.Text(".admin-notice"), Is.EqualTo("1 product taken off sale."));
            Assert.That((after.Price, after.CompareAtPrice), Is.EqualTo((16.67m, (decimal?)null)), "the very price before the sale");
            Assert.That(raised.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await raised.ReadHtmlAsync()).Text(".bulk-products-form .validation-summary-errors"), Does.Contain("A sale lowers prices"));
            Assert.That((await ProductAsync(a)).Price, Is.EqualTo(16.67m));
        });
    }

    [Test]
    public async Task A_change_that_would_take_a_price_to_zero_changes_nothing_and_says_which_product()
    {
        var a = await CreateProductAsync();
        var b = await CreateProductAsync();
        var response = await BulkAsync(staff, [.. Ticked(a, b), ("Action", "price"), ("PriceBy", "amount"), ("Change", "-25.50")]);
        var page = await response.ReadHtmlAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(page.Text(".bulk-products-form .validation-summary-errors"), Does.Contain("prices stay above zero").And.Contain("Nothing was changed"));
            Assert.That(((await ProductAsync(a)).Price, (await ProductAsync(b)).Price), Is.EqualTo((25.50m, 25.50m)));
        });
    }

    [Test]
    public async Task A_change_that_at_least_doubles_prices_shows_them_first_and_is_made_once_confirmed()
    {
        var a = await CreateProductAsync();  // 25.50
        var b = await CreateProductAsync();
        var dearForm = await NewProductFormAsync();
        dearForm.Price = 80m;
        var dear = await CreateProductAsync(Task.FromResult(dearForm));
        var names = await App.WithDbAsync(db => db.Products.Where(p => p.Id == a || p.Id == b).Select(p => p.Name).ToListAsync());

        var check = await BulkAsync(staff, [.. Ticked(a, b, dear), ("Action", "price"), ("PriceBy", "amount"), ("Change", "30"), ("back", "/admin/products?q=lamp")]);
        var page = await check.ReadHtmlAsync();
        var unchanged = ((await ProductAsync(a)).Price, (await ProductAsync(dear)).Price);
        var done = await staff.FollowAsync(await staff.SubmitFormAsync(page, ".confirm-prices-form"));

        Assert.Multiple(async () =>
        {
            Assert.That(check.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Text(".price-rise-warning"), Does.StartWith("Changing prices by +30.00 at least doubles the price of 2 of the 3 ticked products."));
            Assert.That(page.Texts(".doubled-prices tbody td:first-child"), Is.EquivalentTo(names), "the one at 80.00 is not doubled");
            Assert.That(page.Texts(".doubled-prices tbody tr").First(), Does.Contain("25.50").And.Contain("55.50"));
            Assert.That(unchanged, Is.EqualTo((25.50m, 80m)), "nothing changes before the staff member confirms");
            Assert.That(done.Text(".admin-notice"), Is.EqualTo("3 products repriced."));
            Assert.That(((await ProductAsync(a)).Price, (await ProductAsync(b)).Price, (await ProductAsync(dear)).Price), Is.EqualTo((55.50m, 55.50m, 110m)));
        });

        var zero = await BulkAsync(staff, [.. Ticked(a), ("Action", "price"), ("PriceBy", "percent"), ("Change", "0")]);
        Assert.That(zero.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "refused with the domain's sentence, not checked for doubling");
        Assert.That((await zero.ReadHtmlAsync()).Text(".bulk-products-form .validation-summary-errors"), Does.Contain("A price change of zero changes nothing"));
        var doubled = await BulkAsync(staff, [.. Ticked(a), ("Action", "price"), ("PriceBy", "percent"), ("Change", "100")]);
        Assert.That((await doubled.ReadHtmlAsync()).Text(".price-rise-warning"), Does.StartWith("Changing prices by +100% at least doubles the price of 1 of the 1 ticked products."));
        Assert.That((await ProductAsync(a)).Price, Is.EqualTo(55.50m));
    }

    [Test]
    public async Task Bulk_forms_without_a_tick_an_action_or_a_category_are_refused_with_a_message()
    {
        var a = await CreateProductAsync();
        var none = await BulkAsync(staff, ("Action", "publish"));
        var noAction = await BulkAsync(staff, Ticked(a));
        var noCategory = await BulkAsync(staff, [.. Ticked(a), ("Action", "move")]);
        var noAmount = await BulkAsync(staff, [.. Ticked(a), ("Action", "price"), ("PriceBy", "percent"), ("Change", "lots")]);

        Assert.Multiple(async () =>
        {
            Assert.That(new[] { none.StatusCode, noAction.StatusCode, noCategory.StatusCode, noAmount.StatusCode }, Has.All.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await none.ReadHtmlAsync()).Text(".validation-summary-errors"), Does.Contain("Tick at least one product."));
            Assert.That((await noCategory.ReadHtmlAsync()).Text(".validation-summary-errors"), Does.Contain("Choose the category to move them to."));
        });
    }

    [Test]
    public async Task Three_hundred_ticked_products_are_changed_and_more_than_the_limit_get_the_forms_message()
    {
        var a = await CreateProductAsync();
        var b = await CreateProductAsync();
        var missing = Enumerable.Range(900_000, 298).ToArray(); // ids no product has: the form still carries 300 ticks

        var done = await staff.FollowAsync(await BulkAsync(staff, [.. Ticked([a, b, .. missing]), ("Action", ProductBulkForm.Digital)]));
        var tooMany = await BulkAsync(staff, [.. Ticked([a, .. Enumerable.Range(900_000, ProductBulkFormValidator.MaxSelected)]), ("Action", ProductBulkForm.Shipped)]);

        Assert.Multiple(async () =>
        {
            Assert.That(done.Text(".admin-notice"), Is.EqualTo("2 products marked digital."));
            Assert.That(tooMany.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await tooMany.ReadHtmlAsync()).Text(".validation-summary-errors"), Does.Contain($"Change at most {ProductBulkFormValidator.MaxSelected} products at once."));
            Assert.That((await ProductAsync(a)).IsDigital, Is.True, "the refused form changed nothing");
        });
    }

    [Test]
    public async Task Removing_deletes_unordered_products()
    {
        var a = await CreateProductAsync();
        var done = await staff.FollowAsync(await BulkAsync(staff, [.. Ticked(a), ("Action", "remove")]));

        Assert.That(done.Text(".admin-notice"), Is.EqualTo("1 product deleted, 0 archived (kept for past orders)."));
        Assert.That(await App.WithDbAsync(db => db.Products.AnyAsync(p => p.Id == a)), Is.False);
    }

    [Test]
    public async Task Shoppers_cannot_use_bulk_actions()
    {
        var a = await CreateProductAsync();
        using var shopper = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail());
        var response = await shopper.PostAsync("/admin/products/bulk", new FormUrlEncodedContent([new("Selected", a.ToString()), new("Action", "unpublish")]));

        Assert.That((int)response.StatusCode, Is.EqualTo(403).Or.EqualTo(400));
        Assert.That((await ProductAsync(a)).IsPublished, Is.True);
    }
}
