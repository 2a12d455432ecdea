using FluentValidation;
using Shop.Web.Admin.Products;

namespace Shop.Tests.Admin;

public class ProductAdminTests : AdminFixture
{
    private Task<FluentValidation.Results.ValidationResult> ValidateAsync(ProductForm form) =>
        With<IValidator<ProductForm>, FluentValidation.Results.ValidationResult>(v => v.ValidateAsync(form));

    /// <summary>The form of product <paramref name="id"/> as staff open it to edit.</summary>
    private async Task<ProductForm> EditFormAsync(int id) => (await With<ProductAdmin, ProductForm?>(a => a.FormAsync(id, CancellationToken.None)))!;

    /// <summary>Validates the form and checks the message shown next to each named field.</summary>
    private async Task AssertMessagesAsync(ProductForm form, params (string Field, NUnit.Framework.Constraints.IResolveConstraint Message)[] expected)
    {
        var messages = Messages(await ValidateAsync(form));
        Assert.Multiple(() =>
        {
            foreach (var (field, message) in expected) Assert.That(messages.GetValueOrDefault(field), message, field);
        });
    }

    private static Dictionary<string, string> Messages(FluentValidation.Results.ValidationResult result) =>
        result.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.First().ErrorMessage);

    [Test]
    public async Task Creating_a_product_records_its_opening_stock_and_an_audit_entry()
    {
        var id = await CreateProductAsync(stock: 12);

        var (product, movements, audit) = await App.WithDbAsync(async db => (
            await db.Products.SingleAsync(p => p.Id == id),
            await db.StockMovements.Where(m => m.ProductId == id).ToListAsync(),
            await db.AuditEntries.Where(a => a.EntityType == "Product" && a.EntityId == id.ToString()).ToListAsync()));

        Assert.Multiple(() =>
        {
            Assert.That(product.Stock.OnHand, Is.EqualTo(12));
            Assert.That(movements.Single().Delta, Is.EqualTo(12));
            Assert.That(movements.Single().UserEmail, Is.EqualTo(Staff.Email));
            Assert.That(audit.Single().Action, Is.EqualTo("Created"));
            Assert.That(audit.Single().UserId, Is.EqualTo(Staff.UserId));
            Assert.That(audit.Single().After, Does.Contain(product.Sku));
        });
    }

    [Test]
    public async Task The_product_form_refuses_a_taken_sku_and_slug_a_zero_price_and_negative_stock()
    {
        var existing = await App.WithDbAsync(db => db.Products.OrderBy(p => p.Id).FirstAsync());
        var form = await NewProductFormAsync();
        form.Sku = existing.Sku.ToLowerInvariant();
        form.Slug = existing.Slug;
        form.Price = 0m;
        form.InitialStock = -1;
        form.Name = new string('x', 201);

        await AssertMessagesAsync(form,
            (nameof(ProductForm.Sku), Is.EqualTo("Another product already has this SKU.")),
            (nameof(ProductForm.Slug), Is.EqualTo("Another product already uses this slug.")),
            (nameof(ProductForm.Price), Is.EqualTo("The price must be above zero.")),
            (nameof(ProductForm.InitialStock), Is.EqualTo("Stock cannot be negative.")),
            (nameof(ProductForm.Name), Does.Contain("200 characters")));
    }

    [Test]
    public async Task The_product_form_lets_a_product_keep_its_own_sku_and_slug()
    {
        var result = await ValidateAsync(await EditFormAsync(await CreateProductAsync()));

        Assert.That(result.IsValid, Is.True, string.Join("; ", result.Errors));
    }

    [Test]
    public async Task The_product_form_refuses_bad_slugs_skus_and_a_was_price_below_the_price()
    {
        var form = await NewProductFormAsync();
        form.Slug = "Not A Slug";
        form.Sku = "has space";
        form.CompareAtPrice = 10m;
        form.CategoryId = null;

        await AssertMessagesAsync(form,
            (nameof(ProductForm.Slug), Does.StartWith("Use lowercase letters")),
            (nameof(ProductForm.Sku), Does.StartWith("A SKU holds letters")),
            (nameof(ProductForm.CompareAtPrice), Does.Contain("must be above the price")),
            (nameof(ProductForm.CategoryId), Is.EqualTo("Choose a category.")));
    }

    [Test]
    public async Task A_second_editor_saving_from_an_older_version_is_refused_and_the_first_edit_stays()
    {
        var id = await CreateProductAsync();
        var first = await EditFormAsync(id);
        var second = await EditFormAsync(id);
        first.Price = 30m;
        second.Price = 99m;

        var saved = await With<ProductAdmin, ProductSaveOutcome>(a => a.UpdateAsync(first, Staff, CancellationToken.None));
        var refused = await With<ProductAdmin, ProductSaveOutcome>(a => a.UpdateAsync(second, Staff, CancellationToken.None));

        var price = await App.WithDbAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.Price).SingleAsync());
        Assert.Multiple(() =>
        {
            Assert.That(saved, Is.EqualTo(ProductSaveOutcome.Saved));
            Assert.That(refused, Is.EqualTo(ProductSaveOutcome.ChangedBySomeoneElse));
            Assert.That(price, Is.EqualTo(30m));
        });
    }

    [Test]
    public async Task The_database_refuses_a_save_racing_another_on_the_same_version()
    {
        var id = await CreateProductAsync();
        await using var scopeA = App.Services.CreateAsyncScope();
        await using var scopeB = App.Services.CreateAsyncScope();
        var a = scopeA.ServiceProvider.GetRequiredService<ShopDbContext>();
        var b = scopeB.ServiceProvider.GetRequiredService<ShopDbContext>();
        var inA = await a.Products.SingleAsync(p => p.Id == id);
        var inB = await b.Products.SingleAsync(p => p.Id == id);

        inA.Reprice(40m, null);
        inA.Touch(DateTimeOffset.UtcNow);
        await a.SaveChangesAsync();
        inB.Reprice(50m, null);
        inB.Touch(DateTimeOffset.UtcNow);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => b.SaveChangesAsync());
    }

    [Test]
    public async Task A_sku_or_web_address_taken_after_validation_is_refused_without_an_error_page()
    {
        // Two staff create products with the same SKU at once: both forms validated before either was saved.
        var taken = await NewProductFormAsync();
        await CreateProductAsync(Task.FromResult(taken));
        var late = await NewProductFormAsync(sku: taken.Sku);
        var before = await App.WithDbAsync(db => db.Products.CountAsync());

        var created = await With<ProductAdmin, int?>(a => a.CreateAsync(late, Staff, CancellationToken.None));

        Assert.That(created, Is.Null, "refused, not thrown");
        Assert.That(await App.WithDbAsync(db => db.Products.CountAsync()), Is.EqualTo(before), "nothing saved");

        // An edit that takes another product's web address in the same race.
        var id = await CreateProductAsync();
        var edit = await EditFormAsync(id);
        edit.Slug = taken.Slug;
        var outcome = await With<ProductAdmin, ProductSaveOutcome>(a => a.UpdateAsync(edit, Staff, CancellationToken.None));
        Assert.That(outcome, Is.EqualTo(ProductSaveOutcome.NameTaken));
    }

    [Test]
    public async Task Publishing_and_unpublishing_are_audited()
    {
        var id = await CreateProductAsync();
        await With<ProductAdmin, bool>(a => a.SetPublishedAsync(id, false, Staff, CancellationToken.None));
        await With<ProductAdmin, bool>(a => a.SetPublishedAsync(id, true, Staff, CancellationToken.None));

        var actions = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityId == id.ToString()).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.That(actions, Is.EqualTo(new[] { "Created", "Unpublished", "Published" }));
    }

    [Test]
    public async Task A_product_nobody_ordered_is_deleted()
    {
        var id = await CreateProductAsync();

        var outcome = await With<ProductAdmin, ProductRemoval>(a => a.RemoveAsync(id, Staff, CancellationToken.None));

        Assert.That(outcome, Is.EqualTo(ProductRemoval.Deleted));
        Assert.That(await App.WithDbAsync(db => db.Products.AnyAsync(p => p.Id == id)), Is.False);
        Assert.That(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityId == id.ToString() && e.Action == "Deleted")), Is.True);
    }

    [Test]
    public async Task A_product_in_a_past_order_is_archived_instead_of_deleted()
    {
        var id = await CreateProductAsync(stock: 5);
        var slug = await App.WithDbAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.Slug).SingleAsync());
        using (var shopper = new Shopper(App.Browser()))
        {
            await shopper.AddToCartAsync(slug);
            var paid = await shopper.CheckoutAsync();
            Assert.That((int)paid.StatusCode, Is.EqualTo(302), "the test order goes through");
        }

        var outcome = await With<ProductAdmin, ProductRemoval>(a => a.RemoveAsync(id, Staff, CancellationToken.None));

        var product = await App.WithDbAsync(db => db.Products.SingleAsync(p => p.Id == id));
        Assert.Multiple(() =>
        {
            Assert.That(outcome, Is.EqualTo(ProductRemoval.Archived));
            Assert.That(product.IsArchived, Is.True);
            Assert.That(product.IsPublished, Is.False);
        });
    }
}
