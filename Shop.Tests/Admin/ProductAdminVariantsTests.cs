using Shop.Web.Admin.Products;
using Shop.Web.Admin.Stock;

namespace Shop.Tests.Admin;

/// <summary>Staff define options, edit the variant grid and change many variants at once, through the editor's forms.</summary>
public class ProductAdminVariantsTests : ProductEditorFixture
{
    /// <summary>A product with Size S, M and Colour Red, Blue (four variants, no stock but the opening one), and its page.</summary>
    private async Task<(int Id, IDocument Page)> WithOptionsAsync(HttpClient client, int stock = 0)
    {
        var id = await CreateProductAsync(stock);
        var defined = await DefineOptionsAsync(client, await EditorAsync(client, id), ("Size", "S, M"), ("Colour", "Red, Blue"));
        AssertRedirected(defined);
        return (id, await client.FollowAsync(defined));
    }

    [Test]
    public async Task Defining_options_makes_a_variant_per_combination_with_skus_from_the_products()
    {
        using var client = await StaffAsync();

        var (id, page) = await WithOptionsAsync(client);

        var product = await ProductAsync(id);
        var variants = product.Variants.OrderBy(v => v.Position).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(page.Text(".admin-notice"), Does.StartWith("Options saved"));
            Assert.That(product.Options.Select(o => (o.Name, string.Join(",", o.Values))), Is.EqualTo(new[] { ("Size", "S,M"), ("Colour", "Red,Blue") }));
            Assert.That(variants.Select(v => v.Title), Is.EqualTo(new[] { "S / Red", "S / Blue", "M / Red", "M / Blue" }));
            Assert.That(variants.Select(v => v.Sku), Has.All.StartWith(product.Sku));
            Assert.That(variants.Select(v => v.Sku), Is.Unique);
            Assert.That(variants[3].Sku, Is.EqualTo($"{product.Sku}-M-BLUE"));
            Assert.That(Rows(page).Keys, Is.EqualTo(new[] { "S / Red", "S / Blue", "M / Red", "M / Blue" }), "the grid lists them");
            Assert.That(product.Version, Is.EqualTo(1), "an edit of the product");
        });
    }

    [Test]
    public async Task Every_field_of_the_editor_has_a_label_and_no_id_is_used_twice()
    {
        using var client = await StaffAsync();
        var (_, page) = await WithOptionsAsync(client);

        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        var unlabelled = page.QuerySelectorAll("main input:not([type=hidden]), main select, main textarea")
            .Where(field => field.Id is null || page.QuerySelector($"label[for='{field.Id}']") is null)
            .Select(field => field.OuterHtml).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(ids, Is.Unique);
            Assert.That(unlabelled, Is.Empty);
            Assert.That(page.QuerySelector("form.product-form")!.HasAttribute("enctype"), Is.False, "only the new product form sends files");
        });
    }

    [Test]
    public async Task Options_with_a_missing_name_or_values_are_refused_next_to_the_row()
    {
        using var client = await StaffAsync();
        var id = await CreateProductAsync();
        var page = await EditorAsync(client, id);

        var response = await client.SubmitFormAsync(page, "form.options-form", new Dictionary<string, string?>
        {
            ["Options.Rows[0].Name"] = "Size", ["Options.Rows[0].Values"] = " , ",
            ["Options.Rows[1].Name"] = "", ["Options.Rows[1].Values"] = "Red, Blue, red",
        });
        var refused = await response.ReadHtmlAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(refused.Text("[data-valmsg-for='Options.Rows[0].Values']"), Is.EqualTo("List the values of Size, separated by commas."));
            Assert.That(refused.Text("[data-valmsg-for='Options.Rows[1].Name']"), Is.EqualTo("Name this option, such as Size or Colour."));
            Assert.That(refused.QuerySelector("input[name='Options.Rows[1].Values']")!.GetAttribute("value"), Is.EqualTo("Red, Blue, red"), "kept as typed");
            Assert.That((await ProductAsync(id)).HasOptions, Is.False);
        });
    }

    [Test]
    public async Task Saving_the_grid_changes_each_variants_price_sku_and_published_flag()
    {
        using var client = await StaffAsync();
        var (id, page) = await WithOptionsAsync(client);
        var sku = (await ProductAsync(id)).Sku;

        var saved = await SaveGridAsync(client, page,
            ("M / Blue", "Price", "31.00"), ("M / Blue", "CompareAtPrice", "40.00"), ("M / Blue", "WeightGrams", "250"),
            ("S / Red", "Sku", $"{sku}-small-red"), ("S / Blue", "IsPublished", "false"));

        AssertRedirected(saved);
        var variants = (await ProductAsync(id)).Variants.ToDictionary(v => v.Title);
        Assert.Multiple(async () =>
        {
            Assert.That((variants["M / Blue"].Price, variants["M / Blue"].CompareAtPrice, variants["M / Blue"].WeightGrams),
                Is.EqualTo(((decimal?)31.00m, (decimal?)40.00m, (int?)250)));
            Assert.That(variants["M / Red"].Price, Is.Null, "untouched: the product's price");
            Assert.That(variants["S / Red"].Sku, Is.EqualTo($"{sku}-SMALL-RED"));
            Assert.That(variants["S / Blue"].IsPublished, Is.False);
            Assert.That(variants["M / Red"].IsPublished, Is.True);
            var audit = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityId == id.ToString() && e.Action == "VariantsEdited").SingleAsync());
            Assert.That(audit.After, Does.Contain("SMALL-RED").And.Not.Contains("M / Red"), "only the changed variants");
        });
    }

    [Test]
    public async Task A_sku_twice_in_the_grid_or_on_another_product_is_refused_and_nothing_is_saved()
    {
        using var client = await StaffAsync();
        var (id, page) = await WithOptionsAsync(client);
        var other = await ProductAsync(await CreateProductAsync());
        var mine = (await ProductAsync(id)).Variants.ToDictionary(v => v.Title, v => v.Sku);

        var response = await SaveGridAsync(client, page,
            ("S / Blue", "Sku", mine["S / Red"].ToLowerInvariant()), ("M / Red", "Sku", other.Sku), ("M / Blue", "Price", "99.00"));
        var refused = await response.ReadHtmlAsync();

        var rows = Rows(refused);
        var after = await ProductAsync(id);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(refused.Text(".grid-problems"), Does.Contain("Nothing was saved"));
            Assert.That(refused.Text($"[data-valmsg-for='Grid.Variants[{rows["S / Blue"]}].Sku']"), Is.EqualTo("Two variants have this SKU."));
            Assert.That(refused.Text($"[data-valmsg-for='Grid.Variants[{rows["M / Red"]}].Sku']"), Is.EqualTo("Another product already has this SKU."));
            Assert.That(refused.QuerySelector($"input[name='Grid.Variants[{rows["M / Blue"]}].Price']")!.GetAttribute("value"), Is.EqualTo("99.00"), "kept as typed");
            Assert.That(after.Variants.ToDictionary(v => v.Title, v => v.Sku), Is.EqualTo(mine));
            Assert.That(after.Variants.Single(v => v.Title == "M / Blue").Price, Is.Null);
            Assert.That(after.Version, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_zero_price_and_negative_stock_are_refused_in_their_row()
    {
        using var client = await StaffAsync();
        var (id, page) = await WithOptionsAsync(client);

        var response = await SaveGridAsync(client, page, ("S / Red", "Price", "0"), ("M / Red", "NewStock", "-1"));
        var refused = await response.ReadHtmlAsync();

        var rows = Rows(refused);
        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(refused.Text($"[data-valmsg-for='Grid.Variants[{rows["S / Red"]}].Price']"), Does.StartWith("A price must be above zero"));
            Assert.That(refused.Text($"[data-valmsg-for='Grid.Variants[{rows["M / Red"]}].NewStock']"), Does.StartWith("Stock is a whole number"));
            Assert.That(await App.WithDbAsync(db => db.StockMovements.CountAsync(m => m.ProductId == id)), Is.EqualTo(0));
        });
    }

    [Test]
    public async Task A_new_stock_in_the_grid_is_a_correction_of_that_variant_with_history_and_audit()
    {
        using var client = await StaffAsync();
        var (id, page) = await WithOptionsAsync(client);

        AssertRedirected(await SaveGridAsync(client, page, ("M / Red", "NewStock", "7")));

        var variant = (await ProductAsync(id)).Variants.Single(v => v.Title == "M / Red");
        var movement = await App.WithDbAsync(db => db.StockMovements.SingleAsync(m => m.ProductId == id));
        Assert.Multiple(async () =>
        {
            Assert.That(variant.StockOnHand, Is.EqualTo(7));
            Assert.That((movement.VariantId, movement.Delta, movement.Reason, movement.OnHandAfter), Is.EqualTo((variant.Id, 7, StockMovementReason.Correction, 7)));
            Assert.That(movement.Note, Does.Contain("variant grid"));
            Assert.That(await App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityId == id.ToString() && e.Action == "StockAdjusted")), Is.EqualTo(1));
            Assert.That((await ProductAsync(id)).Version, Is.EqualTo(1), "stock alone is not an edit of the product");
        });
    }

    [Test]
    public async Task A_sale_between_opening_and_saving_the_grid_keeps_its_units_the_difference_still_applies()
    {
        using var client = await StaffAsync();
        var (id, _) = await WithOptionsAsync(client);
        var variant = (await ProductAsync(id)).Variants.Single(v => v.Title == "S / Blue");
        await With<StockAdjustments, StockAdjustmentResult?>(s => s.AdjustAsync(id, variant.Id, 5, StockMovementReason.Received, null, Staff, CancellationToken.None));
        var page = await EditorAsync(client, id); // shows 5
        await With<StockAdjustments, StockAdjustmentResult?>(s => s.AdjustAsync(id, variant.Id, -2, StockMovementReason.Damaged, "a sale, say", Staff, CancellationToken.None));

        AssertRedirected(await SaveGridAsync(client, page, ("S / Blue", "NewStock", "8")));

        Assert.That((await ProductAsync(id)).Variants.Single(v => v.Id == variant.Id).StockOnHand, Is.EqualTo(6), "3 on the shelf, plus the 3 more typed");
    }

    [Test]
    public async Task A_grid_that_would_take_stock_below_zero_is_refused_whole()
    {
        using var client = await StaffAsync();
        var (id, _) = await WithOptionsAsync(client);
        var variant = (await ProductAsync(id)).Variants.Single(v => v.Title == "M / Blue");
        await With<StockAdjustments, StockAdjustmentResult?>(s => s.AdjustAsync(id, variant.Id, 2, StockMovementReason.Received, null, Staff, CancellationToken.None));
        var page = await EditorAsync(client, id);
        await With<StockAdjustments, StockAdjustmentResult?>(s => s.AdjustAsync(id, variant.Id, -2, StockMovementReason.Damaged, null, Staff, CancellationToken.None));

        // The first row's stock moves before the last row's is refused: both go back.
        var response = await SaveGridAsync(client, page, ("S / Red", "NewStock", "4"), ("S / Red", "Price", "12.00"), ("M / Blue", "NewStock", "1"));
        var refused = await response.ReadHtmlAsync();

        var after = await ProductAsync(id);
        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(refused.Text(".grid-problems"), Does.Contain("M / Blue").And.Contain("below zero").And.Contain("Nothing was saved"));
            Assert.That(after.Variants.Single(v => v.Title == "S / Red").StockOnHand, Is.Zero, "the other row's stock rolled back");
            Assert.That(after.Variants.Single(v => v.Title == "S / Red").Price, Is.Null, "and its price");
            Assert.That(after.Version, Is.EqualTo(1));
            Assert.That(await App.WithDbAsync(db => db.StockMovements.CountAsync(m => m.ProductId == id)), Is.EqualTo(2), "only the two made before");
        });
    }

    [Test]
    public async Task A_grid_saved_from_an_older_version_is_refused_and_shows_the_variants_as_they_are()
    {
        using var first = await StaffAsync();
        using var second = await StaffAsync();
        var (id, _) = await WithOptionsAsync(first);
        var pageA = await EditorAsync(first, id);
        var pageB = await EditorAsync(second, id);

        AssertRedirected(await SaveGridAsync(first, pageA, ("S / Red", "Price", "20.00")));
        var response = await SaveGridAsync(second, pageB, ("S / Red", "Price", "90.00"), ("M / Red", "NewStock", "3"));
        var refused = await response.ReadHtmlAsync();

        var after = await ProductAsync(id);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(refused.Text(".grid-problems"), Does.Contain("changed by someone else"));
            Assert.That(refused.QuerySelector($"input[name='Grid.Variants[{Rows(refused)["S / Red"]}].Price']")!.GetAttribute("value"), Is.EqualTo("20.00"));
            Assert.That(after.Variants.Single(v => v.Title == "S / Red").Price, Is.EqualTo(20.00m));
            Assert.That(after.Variants.Single(v => v.Title == "M / Red").StockOnHand, Is.Zero);
        });
    }

    [Test]
    public async Task One_price_for_the_selected_variants_and_units_added_to_all()
    {
        using var client = await StaffAsync();
        var (id, page) = await WithOptionsAsync(client);
        var ids = (await ProductAsync(id)).Variants.ToDictionary(v => v.Title, v => v.Id);

        var priced = await client.SubmitFormAsync(page, "form.variant-bulk-form", new Dictionary<string, string?>
        {
            ["Bulk.Scope"] = "selected", ["Bulk.Selected[0]"] = ids["S / Red"].ToString(), ["Bulk.Selected[1]"] = ids["M / Blue"].ToString(),
            ["Bulk.NewPrice"] = "14.50", ["Bulk.Change"] = "price",
        });
        AssertRedirected(priced);
        page = await client.FollowAsync(priced);
        var stocked = await client.SubmitFormAsync(page, "form.variant-bulk-form", new Dictionary<string, string?>
        {
            ["Bulk.Scope"] = "all", ["Bulk.Units"] = "6", ["Bulk.Reason"] = "Received", ["Bulk.Change"] = "stock",
        });
        AssertRedirected(stocked);

        var variants = (await ProductAsync(id)).Variants.ToDictionary(v => v.Title);
        var movements = await App.WithDbAsync(db => db.StockMovements.Where(m => m.ProductId == id).ToListAsync());
        Assert.Multiple(() =>
        {
            Assert.That(variants.Where(v => v.Value.Price == 14.50m).Select(v => v.Key), Is.EquivalentTo(new[] { "S / Red", "M / Blue" }));
            Assert.That(variants.Values.Where(v => v.Price is null).Count(), Is.EqualTo(2));
            Assert.That(variants.Values.Select(v => v.StockOnHand), Has.All.EqualTo(6));
            Assert.That(movements.Select(m => (m.Delta, m.Reason)).ToList(), Has.Count.EqualTo(4).And.All.EqualTo((6, StockMovementReason.Received)));
            Assert.That(movements.Select(m => m.VariantId), Is.EquivalentTo(ids.Values));
        });
    }

    [Test]
    public async Task Changing_many_without_a_selection_or_with_a_bad_price_says_why()
    {
        using var client = await StaffAsync();
        var (_, page) = await WithOptionsAsync(client);

        var none = await (await client.SubmitFormAsync(page, "form.variant-bulk-form", new Dictionary<string, string?>
        {
            ["Bulk.Scope"] = "selected", ["Bulk.NewPrice"] = "5.00", ["Bulk.Change"] = "price",
        })).ReadHtmlAsync();
        var zero = await (await client.SubmitFormAsync(page, "form.variant-bulk-form", new Dictionary<string, string?>
        {
            ["Bulk.NewPrice"] = "0", ["Bulk.Change"] = "price",
        })).ReadHtmlAsync();
        // Enter in the units field presses the first button ("Set price"): it still means stock.
        var pressedEnter = await (await client.SubmitFormAsync(page, "form.variant-bulk-form", new Dictionary<string, string?>
        {
            ["Bulk.Units"] = "-3", ["Bulk.Reason"] = "Received", ["Bulk.Change"] = "price",
        })).ReadHtmlAsync();

        Assert.Multiple(() =>
        {
            Assert.That(none.Text(".bulk-problems"), Does.Contain("Select at least one variant"));
            Assert.That(zero.Text("[data-valmsg-for='Bulk.NewPrice']"), Is.EqualTo("The price must be above zero."));
            Assert.That(pressedEnter.Text("[data-valmsg-for='Bulk.Units']"), Does.Contain("positive number"));
        });
    }

    [Test]
    public async Task Options_that_drop_variants_with_stock_ask_first_then_write_their_stock_off()
    {
        using var client = await StaffAsync();
        var (id, page) = await WithOptionsAsync(client);
        AssertRedirected(await SaveGridAsync(client, page, ("M / Blue", "NewStock", "4")));
        page = await EditorAsync(client, id);

        var asked = await DefineOptionsAsync(client, page, ("Size", "S, M"), ("Colour", "Red"));
        var question = await asked.ReadHtmlAsync();
        var unchanged = await ProductAsync(id);
        var confirmed = await client.SubmitFormAsync(question, "form.options-form", new Dictionary<string, string?> { ["Options.ConfirmRemoval"] = "true" });

        AssertRedirected(confirmed);
        var after = await ProductAsync(id);
        var writeOff = await App.WithDbAsync(db => db.StockMovements.Where(m => m.ProductId == id).OrderByDescending(m => m.Id).FirstAsync());
        Assert.Multiple(() =>
        {
            Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(question.Text(".options-confirm"), Does.Contain("M / Blue").And.Contain("4 on hand").And.Not.Contain("S / Blue"));
            Assert.That(unchanged.Variants, Has.Count.EqualTo(4), "nothing changed before the yes");
            Assert.That(question.QuerySelector("input[name='Options.Rows[1].Values']")!.GetAttribute("value"), Is.EqualTo("Red"), "the new options kept");
            Assert.That(after.Variants.Select(v => v.Title), Is.EqualTo(new[] { "S / Red", "M / Red" }));
            Assert.That((writeOff.Delta, writeOff.Reason), Is.EqualTo((-4, StockMovementReason.Correction)));
            Assert.That(writeOff.Note, Does.Contain("M / Blue"));
        });
    }

    [Test]
    public async Task Variants_without_stock_go_without_asking_and_kept_ones_keep_their_stock()
    {
        using var client = await StaffAsync();
        var (id, page) = await WithOptionsAsync(client);
        AssertRedirected(await SaveGridAsync(client, page, ("S / Red", "NewStock", "3")));
        var kept = (await ProductAsync(id)).Variants.Single(v => v.Title == "S / Red");

        AssertRedirected(await DefineOptionsAsync(client, await EditorAsync(client, id), ("Size", "S, M, L"), ("Colour", "Red")));

        var after = await ProductAsync(id);
        Assert.Multiple(() =>
        {
            Assert.That(after.Variants.Select(v => v.Title), Is.EquivalentTo(new[] { "S / Red", "M / Red", "L / Red" }));
            Assert.That(after.Variants.Single(v => v.Title == "S / Red").Id, Is.EqualTo(kept.Id));
            Assert.That(after.Variants.Single(v => v.Title == "S / Red").StockOnHand, Is.EqualTo(3));
        });
    }

    [Test]
    public async Task Options_saved_from_an_older_version_are_refused()
    {
        using var client = await StaffAsync();
        var id = await CreateProductAsync();
        var stale = await EditorAsync(client, id);
        AssertRedirected(await client.SubmitFormAsync(stale, "form.product-form", new Dictionary<string, string?> { ["Price"] = "30.00" }));

        var response = await DefineOptionsAsync(client, stale, ("Size", "S, M"));
        var page = await response.ReadHtmlAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(page.Text(".options-problems"), Does.Contain("changed by someone else"));
        Assert.That((await ProductAsync(id)).HasOptions, Is.False);
    }
}
