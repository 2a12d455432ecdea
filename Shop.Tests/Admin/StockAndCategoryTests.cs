using Shop.Web.Admin.Categories;
using Shop.Web.Admin.Stock;
using Shop.Web.Admin.Audit;

namespace Shop.Tests.Admin;

public class StockAndCategoryTests : AdminFixture
{
    private Task<StockAdjustmentResult?> AdjustAsync(int id, int delta, StockMovementReason reason, string? note = null) =>
        With<StockAdjustments, StockAdjustmentResult?>(s => s.AdjustAsync(id, null, delta, reason, note, Staff, CancellationToken.None));

    [Test]
    public async Task Stock_adjustments_keep_a_history_of_who_why_and_what_was_left()
    {
        var id = await CreateProductAsync(stock: 5);

        await AdjustAsync(id, 10, StockMovementReason.Received, "pallet 42");
        await AdjustAsync(id, -2, StockMovementReason.Damaged, "crushed");

        var page = (await With<StockAdjustments, ProductStockPage?>(s => s.PageAsync(id, null, null, CancellationToken.None)))!;
        Assert.Multiple(() =>
        {
            Assert.That(page.OnHand, Is.EqualTo(13));
            Assert.That(page.History.Items.Select(m => (m.Delta, m.Reason, m.OnHandAfter, m.Note)), Is.EqualTo(new[]
            {
                (-2, StockMovementReason.Damaged, 13, "crushed"),
                (10, StockMovementReason.Received, 15, "pallet 42"),
                (5, StockMovementReason.Received, 5, "Opening stock"),
            }));
            Assert.That(page.History.Items.Select(m => m.UserEmail).Distinct(), Is.EqualTo(new[] { Staff.Email }));
        });
    }

    [Test]
    public async Task Stock_never_goes_below_zero_and_a_refused_adjustment_changes_nothing()
    {
        var id = await CreateProductAsync(stock: 3);

        var result = (await AdjustAsync(id, -4, StockMovementReason.Correction))!;

        var (onHand, movements) = await App.WithDbAsync(async db => (
            await db.Products.Where(p => !p.Options.Any() && p.Id == id).Select(p => p.Variants.Sum(v => v.StockOnHand)).SingleAsync(),
            await db.StockMovements.CountAsync(m => m.ProductId == id)));
        Assert.Multiple(() =>
        {
            Assert.That(result.Done, Is.False);
            Assert.That(result.Refusal, Does.Contain("below zero"));
            Assert.That(onHand, Is.EqualTo(3));
            Assert.That(movements, Is.EqualTo(1), "only the opening stock");
        });
    }

    [Test]
    public async Task Stock_adjustments_are_audited_with_before_and_after()
    {
        var id = await CreateProductAsync(stock: 3);
        await AdjustAsync(id, 2, StockMovementReason.Correction, "recount");

        var entry = await App.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.EntityId == id.ToString() && e.Action == "StockAdjusted"));
        Assert.Multiple(() =>
        {
            Assert.That(entry.Before, Does.Contain("\"StockOnHand\":3"));
            Assert.That(entry.After, Does.Contain("\"StockOnHand\":5").And.Contain("recount"));
        });
    }

    [Test]
    public async Task The_low_stock_list_shows_running_low_apart_from_sold_out_fewest_first_paged_with_their_counts()
    {
        var one = await CreateProductAsync(stock: 1);
        var none = await CreateProductAsync(stock: 0);
        var plenty = await CreateProductAsync(stock: 50);
        var names = await App.WithDbAsync(db => db.Products.Where(p => p.Id == one || p.Id == none).ToDictionaryAsync(p => p.Id, p => p.Name));
        var (runningLow, soldOut) = await App.WithDbAsync(async db => (
            await db.Variants.CountAsync(v => v.StockOnHand > 0 && v.StockOnHand <= StockAdjustments.LowStockThreshold && db.Products.Any(p => p.Id == v.ProductId && !p.IsArchived)),
            await db.Variants.CountAsync(v => v.StockOnHand == 0 && db.Products.Any(p => p.Id == v.ProductId && !p.IsArchived))));
        static string Variants(int n) => n == 1 ? "1 variant" : $"{n} variants";
        var nothingToSell = await App.WithDbAsync(db => db.Products.CountAsync(p => !p.IsArchived && !p.Variants.Any(v => v.IsPublished && v.StockOnHand > 0)));

        using var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("staff"), Roles.Staff);
        var (_, low) = await staff.GetPageAsync("/admin/stock");
        var (_, sold) = await staff.GetPageAsync("/admin/stock?show=out");
        var (_, dashboard) = await staff.GetPageAsync("/admin");
        var pages = await With<StockAdjustments, List<LowStockPage>>(async s =>
            [await s.LowStockAsync("low", 1, CancellationToken.None, pageSize: 1), await s.LowStockAsync("low", runningLow, CancellationToken.None, pageSize: 1)]);

        Assert.Multiple(() =>
        {
            Assert.That(low.Texts(".low-stock td[data-label=Product]"), Does.Contain(names[one]).And.Not.Contain(names[none]));
            Assert.That(low.Texts(".low-stock td[data-label='On hand']").Select(int.Parse), Is.All.InRange(1, StockAdjustments.LowStockThreshold));
            Assert.That(low.Texts(".low-stock td[data-label='On hand']").Select(int.Parse), Is.Ordered, "fewest first");
            Assert.That(sold.Texts(".low-stock td[data-label='On hand']"), Is.All.EqualTo("0"));
            Assert.That((low.Text(".running-low-count"), low.Text(".sold-out-count")), Is.EqualTo((runningLow.ToString(), soldOut.ToString())));
            Assert.That(low.Text(".result-count"), Is.EqualTo(Variants(runningLow)));
            Assert.That(dashboard.Text(".low-stock-counts"), Does.StartWith($"{Variants(runningLow)} running low").And.EndWith($"{Variants(soldOut)} sold out"));
            Assert.That(dashboard.Texts(".catalog-counts li")[1], Is.EqualTo($"{nothingToSell} product{(nothingToSell == 1 ? "" : "s")} with nothing left to sell"), "products, not variants: said apart");
            Assert.That(dashboard.QuerySelector(".low-stock-counts a[href='/admin/stock?show=out']"), Is.Not.Null);
            Assert.That(pages[0].Rows.TotalPages, Is.EqualTo(runningLow), "one a page: every variant running low has its page");
            Assert.That(pages[1].Rows.Items.Single().StockOnHand, Is.GreaterThanOrEqualTo(pages[0].Rows.Items.Single().StockOnHand));
            Assert.That(pages.SelectMany(p => p.Rows.Items).Select(r => r.ProductId), Does.Not.Contain(plenty));
        });
    }

    [Test]
    public async Task The_stock_form_refuses_zero_a_missing_reason_and_a_reason_of_the_wrong_sign()
    {
        var validator = new StockAdjustmentFormValidator();
        var zero = await validator.ValidateAsync(new StockAdjustmentForm { Delta = 0, Reason = StockMovementReason.Correction });
        var noReason = await validator.ValidateAsync(new StockAdjustmentForm { Delta = 3 });
        var wrongSign = await validator.ValidateAsync(new StockAdjustmentForm { Delta = -3, Reason = StockMovementReason.Received });

        Assert.Multiple(() =>
        {
            Assert.That(zero.Errors.Single().ErrorMessage, Is.EqualTo("Enter a number other than zero."));
            Assert.That(noReason.Errors.Single().ErrorMessage, Is.EqualTo("Choose why the stock changes."));
            Assert.That(wrongSign.Errors.Single().ErrorMessage, Does.StartWith("Received stock adds units"));
        });
    }

    private Task<int> CreateCategoryAsync(string name) =>
        With<CategoryAdmin, int>(c => c.CreateAsync(new CategoryForm { Name = name, Slug = name.ToLowerInvariant() }, Staff, CancellationToken.None));

    [Test]
    public async Task A_category_that_holds_products_is_not_deleted()
    {
        var category = await CreateCategoryAsync(Unique("Shelf"));
        var form = await NewProductFormAsync();
        form.CategoryId = category;
        await CreateProductAsync(Task.FromResult(form));

        var removal = await With<CategoryAdmin, CategoryRemovalResult>(c => c.RemoveAsync(category, Staff, CancellationToken.None));

        Assert.That((removal.Outcome, removal.Products), Is.EqualTo((CategoryRemoval.NotEmpty, 1)));
        Assert.That(await App.WithDbAsync(db => db.Categories.AnyAsync(c => c.Id == category)), Is.True);
    }

    [Test]
    public async Task A_category_that_holds_only_archived_products_is_not_deleted_and_says_they_are_archived()
    {
        var category = await CreateCategoryAsync(Unique("Shelf"));
        var form = await NewProductFormAsync();
        form.CategoryId = category;
        var id = await CreateProductAsync(Task.FromResult(form));
        await App.WithDbAsync(async db => { (await db.Products.SingleAsync(p => p.Id == id)).Archive(); await db.SaveChangesAsync(); });

        var removal = await With<CategoryAdmin, CategoryRemovalResult>(c => c.RemoveAsync(category, Staff, CancellationToken.None));
        var row = (await With<CategoryAdmin, List<CategoryRow>>(c => c.ListAsync(CancellationToken.None))).Single(c => c.Id == category);

        Assert.That((removal.Outcome, removal.Products, removal.Archived), Is.EqualTo((CategoryRemoval.NotEmpty, 0, 1)));
        Assert.That((row.ProductCount, row.ArchivedCount), Is.EqualTo((0, 1)));
    }

    [Test]
    public async Task An_empty_category_is_deleted_and_audited()
    {
        var category = await CreateCategoryAsync(Unique("Empty"));

        var removal = await With<CategoryAdmin, CategoryRemovalResult>(c => c.RemoveAsync(category, Staff, CancellationToken.None));

        Assert.That(removal.Outcome, Is.EqualTo(CategoryRemoval.Deleted));
        var actions = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "Category" && e.EntityId == category.ToString())
            .OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.That(actions, Is.EqualTo(new[] { "Created", "Deleted" }));
    }

    [Test]
    public async Task Moving_a_category_up_swaps_it_with_the_one_above()
    {
        var first = await CreateCategoryAsync(Unique("Aaa"));
        var second = await CreateCategoryAsync(Unique("Bbb"));

        await With<CategoryAdmin, bool>(c => c.MoveAsync(second, up: true, Staff, CancellationToken.None));

        var order = (await With<CategoryAdmin, List<CategoryRow>>(c => c.ListAsync(CancellationToken.None))).Select(c => c.Id).ToList();
        Assert.That(order.IndexOf(second), Is.LessThan(order.IndexOf(first)));
        Assert.That(order.IndexOf(first) - order.IndexOf(second), Is.EqualTo(1));
    }

    [Test]
    public async Task The_category_form_refuses_a_name_another_category_has_in_any_case_but_keeps_a_categorys_own()
    {
        var (id, name, slug) = await App.WithDbAsync(db => db.Categories.OrderBy(c => c.Id).Select(c => new ValueTuple<int, string, string>(c.Id, c.Name, c.Slug)).FirstAsync());
        var twin = await With<FluentValidation.IValidator<CategoryForm>, FluentValidation.Results.ValidationResult>(
            v => v.ValidateAsync(new CategoryForm { Name = " " + name.ToUpperInvariant(), Slug = slug + "-2" }));
        var itself = await With<FluentValidation.IValidator<CategoryForm>, FluentValidation.Results.ValidationResult>(
            v => v.ValidateAsync(new CategoryForm { Id = id, Name = name, Slug = slug }));

        Assert.That(twin.Errors.Select(e => e.ErrorMessage), Is.EqualTo(new[] { CategoryFormValidator.NameTaken }));
        Assert.That(itself.IsValid, Is.True, string.Join(", ", itself.Errors));
    }

    [Test]
    public async Task A_category_s_old_address_leads_to_its_new_one_with_the_filters_kept()
    {
        var old = "lamps-" + Guid.NewGuid().ToString("n")[..6];
        await App.WithDbAsync(async db =>
        {
            db.Categories.Add(new Category("Lamps " + old, old, "", 901));
            await db.SaveChangesAsync();
            (await db.Categories.SingleAsync(c => c.Slug == old)).Rename("Lighting " + old, old + "-lighting");
            return await db.SaveChangesAsync();
        });
        using var shopper = App.Browser();

        var moved = await shopper.GetAsync($"/fr/c/{old}?sort=price&page=2");

        Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.MovedPermanently));
        Assert.That(moved.Headers.Location?.OriginalString, Is.EqualTo($"/fr/c/{old}-lighting?sort=price&page=2"));
    }

    [Test]
    public async Task Category_names_beyond_ASCII_are_told_apart_in_any_case()
    {
        await App.WithDbAsync(async db =>
        {
            db.Categories.Add(new Category("Küche", "kueche-" + Guid.NewGuid().ToString("n")[..6], "", 900));
            return await db.SaveChangesAsync();
        });
        var twin = await With<FluentValidation.IValidator<CategoryForm>, FluentValidation.Results.ValidationResult>(
            v => v.ValidateAsync(new CategoryForm { Name = "KÜCHE", Slug = "kueche-twin" }));

        Assert.That(twin.Errors.Select(e => e.ErrorMessage), Is.EqualTo(new[] { CategoryFormValidator.NameTaken }));
    }

    [Test]
    public async Task The_category_form_refuses_a_taken_slug_and_an_empty_name()
    {
        var taken = await App.WithDbAsync(db => db.Categories.Select(c => c.Slug).FirstAsync());
        var result = await With<FluentValidation.IValidator<CategoryForm>, FluentValidation.Results.ValidationResult>(
            v => v.ValidateAsync(new CategoryForm { Name = "", Slug = taken }));

        Assert.That(result.Errors.Select(e => e.ErrorMessage), Is.EquivalentTo(new[]
        {
            "Enter the category's name.",
            "Another category already uses this slug.",
        }));
    }
}
