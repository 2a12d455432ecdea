using Microsoft.AspNetCore.Identity;
using Shop.Tests.Orders;

namespace Shop.Tests.Admin;

/// <summary>Discount codes made, changed, disabled and limited on the staff pages, and what they take off at checkout.</summary>
public class DiscountAdminTests : DiscountFixture
{
    [Test]
    public async Task A_code_that_covers_the_whole_order_places_it_paid_without_asking_for_a_card_and_staff_can_cancel_it()
    {
        var code = NewCode();
        await CreateAsync(code, "Percentage", "100");
        var product = await ProductAsync(7);
        await App.WithDbAsync(async db =>
        {
            (await db.Products.SingleAsync(p => p.Id == product.Id)).MarkDigital(true); // nothing to ship, so nothing at all to pay
            return await db.SaveChangesAsync();
        });
        var email = Accounts.UniqueEmail("giveaway");
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(product.Slug);
        await CartWithCodeAsync(shopper, code);
        var review = await shopper.EnterAddressAsync(Shopper.GuestAddress(email));

        var placed = await shopper.Client.SubmitFormAsync(review, "form.payment-form");
        var confirmation = await shopper.Client.FollowAsync(placed);
        var paid = await App.WithDbAsync(db => db.Orders.Include(o => o.History).SingleAsync(o => o.Email == email));
        var invoice = await Staff.GetAsync($"/admin/orders/{paid.Number}/invoice");
        var invoiceText = string.Join("\n", await PdfText.PagesAsync(invoice));
        var notice = await NoticeAfterAsync(await ActAsync(paid.Number, "form.cancel-form", new() { ["Reason"] = "Giveaway withdrawn" }));
        var cancelled = await OrderAsync(paid.Number);

        Assert.Multiple(async () =>
        {
            Assert.That(review.Text(".nothing-to-pay"), Does.Contain("Nothing to pay"));
            Assert.That(review.QuerySelector("form.payment-form input[name=nonce]"), Is.Null, "no card asked for");
            Assert.That(review.Text("form.payment-form .pay-button"), Is.EqualTo("Place order"));
            Assert.That(placed.Headers.Location?.OriginalString, Does.StartWith("/checkout/confirmation/"));
            Assert.That(confirmation.Text(".payment-method"), Is.EqualTo(OrderNotes.NothingToPay));
            Assert.That((paid.Status, paid.Total.IsZero, paid.PaymentTransactionId), Is.EqualTo((OrderStatus.Paid, true, (string?)null)));
            Assert.That(paid.History.Select(h => h.Note), Does.Contain(OrderNotes.NothingToPay));
            Assert.That(((TransactionSearchResult.Found)await Gateway.FindByOrderIdAsync(paid.Number)).Transactions, Is.Empty, "no money moved");
            Assert.That(App.MailTo(email), Is.Not.Empty, "the order's mail went out");
            Assert.That(invoiceText, Does.Contain("Nothing was charged: a discount covered the whole order."), "a sale free of charge has its invoice");
            Assert.That(notice, Does.Contain("is cancelled"));
            Assert.That(cancelled.Status, Is.EqualTo(OrderStatus.Cancelled));
        });
    }

    [Test]
    public async Task A_code_staff_create_takes_money_off_at_checkout_and_its_uses_and_revenue_show_in_the_list()
    {
        var code = NewCode();
        var id = await CreateAsync(code, "FixedAmount", "5", new() { ["MinimumSubtotal"] = "1", ["UsageLimit"] = "10" });
        var product = await ProductAsync();
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(product.Slug);
        var cart = await CartWithCodeAsync(shopper, code.ToLowerInvariant());
        var response = await shopper.CheckoutAsync(TestNonces.Valid, Shopper.GuestAddress(Unique("code")));
        var number = response.Headers.Location!.ToString().Split('/').Last();
        var order = await OrderAsync(number);
        var row = await RowAsync(code);

        Assert.Multiple(async () =>
        {
            Assert.That(cart.Text(".cart-discount"), Is.EqualTo("−$5.00"));
            Assert.That((order.Status, order.DiscountCode, order.Discount.Amount), Is.EqualTo((OrderStatus.Paid, code, 5m)));
            Assert.That(row.QuerySelector(".discount-uses").Text(), Is.EqualTo("1 of 10"));
            Assert.That(row.QuerySelector(".discount-orders").Text(), Is.EqualTo("1"));
            Assert.That(row.QuerySelector(".discount-revenue").Text(), Is.EqualTo(order.Total.ToString()));
            Assert.That(row.QuerySelector(".discount-state").Text(), Is.EqualTo("Active"));
            Assert.That(await AuditAsync(id), Is.EqualTo(new[] { "Created" }));
        });
    }

    [Test]
    public async Task A_form_the_shop_cannot_take_comes_back_with_its_message_and_a_400()
    {
        var taken = NewCode();
        await CreateAsync(taken);

        var empty = await (await PostNewAsync(new() { ["Code"] = "", ["Kind"] = "Percentage", ["Value"] = "" })).ReadHtmlAsync();
        var tooMuch = await PostNewAsync(new() { ["Code"] = NewCode(), ["Kind"] = "Percentage", ["Value"] = "150" });
        var backwards = await PostNewAsync(new() { ["Code"] = NewCode(), ["Kind"] = "FixedAmount", ["Value"] = "5",
            ["StartsAt"] = "2027-02-01T00:00", ["EndsAt"] = "2027-01-01T00:00" });
        var twice = await PostNewAsync(new() { ["Code"] = taken.ToLowerInvariant(), ["Kind"] = "Percentage", ["Value"] = "5" });
        var nonsense = await PostNewAsync(new() { ["Code"] = "NOT A CODE", ["Kind"] = "Percentage", ["Value"] = "abc" });
        var manyAtOnce = await PostNewAsync(new() { ["Code"] = NewCode(), ["Kind"] = "FixedAmount", ["Value"] = "-5", ["MinimumSubtotal"] = "-1",
            ["UsageLimit"] = "0", ["UsesPerShopper"] = "0", ["StartsAt"] = "2027-02-01T00:00", ["EndsAt"] = "2027-01-01T00:00" });

        Assert.Multiple(async () =>
        {
            Assert.That(empty.Text("[data-valmsg-for=Code]"), Is.EqualTo("Enter the code shoppers type."));
            Assert.That(empty.Text("[data-valmsg-for=Value]"), Is.EqualTo("Enter how much the code takes off."));
            Assert.That(tooMuch.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await tooMuch.ReadHtmlAsync()).Text("[data-valmsg-for=Value]"), Does.Contain("at most 100"));
            Assert.That((await backwards.ReadHtmlAsync()).Text("[data-valmsg-for=EndsAt]"), Does.Contain("must end after it starts"));
            var all = await manyAtOnce.ReadHtmlAsync();
            Assert.That(new[] { "Value", "MinimumSubtotal", "UsageLimit", "UsesPerShopper", "EndsAt" }.Select(f => all.Text($"[data-valmsg-for={f}]")),
                Has.All.Not.Empty, "every refused term at once, beside its field");
            Assert.That((await twice.ReadHtmlAsync()).Text("[data-valmsg-for=Code]"), Is.EqualTo("Another discount code is already called that."));
            Assert.That(nonsense.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await nonsense.ReadHtmlAsync()).Text("[data-valmsg-for=Code]"), Does.StartWith("A code holds letters"));
            Assert.That(await App.WithDbAsync(db => db.DiscountCodes.CountAsync(d => d.Value == 150m || d.Code == "NOT A CODE")), Is.Zero);
        });
    }

    [Test]
    public async Task Staff_change_a_codes_terms_but_not_its_code_and_the_change_is_audited()
    {
        var code = NewCode();
        var id = await CreateAsync(code);
        var saved = await Staff.SubmitFormAsync($"/admin/discounts/{id}", "form.discount-form",
            new Dictionary<string, string?> { ["Code"] = "RENAMED", ["Kind"] = "FixedAmount", ["Value"] = "7.50", ["UsesPerShopper"] = "2", ["ProductIds"] = null });
        var (_, page) = await Staff.GetPageAsync($"/admin/discounts/{id}");
        var missing = await Staff.GetAsync("/admin/discounts/999999");
        var row = await RowAsync(code);

        Assert.Multiple(async () =>
        {
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(page.QuerySelector("input[name=Code]"), Is.Null, "the code is fixed once made");
            Assert.That(row.QuerySelector(".discount-terms").Text(), Is.EqualTo("$7.50 off · 2 per shopper"));
            Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await AuditAsync(id), Is.EqualTo(new[] { "Created", "Edited" }));
        });
    }

    [Test]
    public async Task A_disabled_code_takes_nothing_off_until_it_is_enabled_again()
    {
        var code = NewCode();
        var id = await CreateAsync(code);
        var product = await ProductAsync();
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(product.Slug);

        await Staff.SubmitFormAsync("/admin/discounts", $"form[action='/admin/discounts/{id}/disable']");
        var disabled = await CartWithCodeAsync(shopper, code);
        var state = (await RowAsync(code)).QuerySelector(".discount-state").Text();
        var email = Unique("disabled");
        var review = await shopper.EnterAddressAsync(Shopper.GuestAddress(email));
        await Staff.SubmitFormAsync("/admin/discounts", $"form[action='/admin/discounts/{id}/enable']");
        var (_, enabled) = await shopper.Client.GetPageAsync("/cart");

        Assert.Multiple(async () =>
        {
            Assert.That(disabled.Text(".discount-message"), Is.EqualTo($"Code {code} is no longer valid."));
            Assert.That(disabled.QuerySelector(".cart-discount"), Is.Null);
            Assert.That(state, Is.EqualTo("Disabled"));
            Assert.That(review.Text(".discount-problem"), Does.Contain($"Code {code} is no longer valid."), "named on the review too");
            Assert.That(review.QuerySelector("form.payment-form"), Is.Null, "no Pay with a code the shop would refuse");
            Assert.That(await App.WithDbAsync(db => db.Orders.AnyAsync(o => o.Email == email && o.DiscountCode != null)), Is.False);
            Assert.That(enabled.QuerySelector(".cart-discount"), Is.Not.Null);
            Assert.That(await AuditAsync(id), Is.EqualTo(new[] { "Created", "Disabled", "Enabled" }));
        });
    }

    [Test]
    public async Task A_code_for_one_category_takes_off_only_its_lines()
    {
        var (inside, outside) = await App.WithDbAsync(async db =>
        {
            var forSale = await db.Products.Where(p => !p.Options.Any() && p.IsPublished && p.Variants.Sum(v => v.StockOnHand) >= 5 && p.Price < 100m)
                .OrderBy(p => p.Id).Select(p => new { p.Slug, p.Price, p.CategoryId }).ToListAsync();
            var first = forSale[0];
            return (first, forSale.First(p => p.CategoryId != first.CategoryId));
        });
        var code = NewCode();
        await CreateAsync(code, "Percentage", "50", new() { ["CategoryIds"] = inside.CategoryId.ToString() });
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(outside.Slug);
        var notForThese = await CartWithCodeAsync(shopper, code);
        await shopper.AddToCartAsync(inside.Slug);
        var (_, half) = await shopper.Client.GetPageAsync("/cart");

        Assert.Multiple(() =>
        {
            Assert.That(notForThese.Text(".discount-message"), Is.EqualTo($"Code {code} is not for anything in your cart."));
            Assert.That(half.Text(".cart-discount"), Is.EqualTo($"−{new Money(inside.Price * 0.5m, "USD")}"));
        });
    }

    [Test]
    public async Task A_category_or_product_a_code_is_limited_to_is_not_deleted_from_under_it()
    {
        var (categoryId, productId) = await App.WithDbAsync(async db =>
        {
            var shelf = new Category("Shelf " + NewCode(), "shelf-" + NewCode().ToLowerInvariant(), "", 950);
            db.Categories.Add(shelf);
            await db.SaveChangesAsync();
            var unsold = await db.Products.Where(p => !db.Set<OrderLine>().Any(l => l.ProductId == p.Id)).OrderByDescending(p => p.Id).Select(p => p.Id).FirstAsync();
            return (shelf.Id, unsold);
        });
        var forShelf = NewCode();
        await CreateAsync(forShelf, more: new() { ["CategoryIds"] = categoryId.ToString() });
        var forProduct = NewCode();
        var productCodeId = await CreateAsync(forProduct, more: new() { ["ProductIds"] = productId.ToString() });

        var (_, categories) = await Staff.GetPageAsync("/admin/categories");
        var shelfGone = await Staff.FollowAsync(await Staff.SubmitFormAsync(categories, $"form.delete-category[action='/admin/categories/{categoryId}/delete']"));
        var (_, product) = await Staff.GetPageAsync($"/admin/products/{productId}");
        var productGone = await Staff.FollowAsync(await Staff.SubmitFormAsync(product, "form.delete-form"));
        var (_, codeForm) = await Staff.GetPageAsync($"/admin/discounts/{productCodeId}");

        Assert.Multiple(async () =>
        {
            Assert.That(shelfGone.Text(".admin-notice"), Does.Contain($"Discount codes are limited to this category: {forShelf}."));
            Assert.That(await App.WithDbAsync(db => db.Categories.AnyAsync(c => c.Id == categoryId)), Is.True);
            Assert.That(productGone.Text(".admin-notice"), Does.Contain("archived instead of deleted"));
            Assert.That(await App.WithDbAsync(db => db.Products.Where(p => p.Id == productId).Select(p => p.IsArchived).SingleAsync()), Is.True);
            Assert.That(codeForm.QuerySelector($"[name=ProductIds] option[value='{productId}']")?.HasAttribute("selected"), Is.True,
                "the code still names it, so saving the form unchanged keeps it limited");
        });
    }

    [Test]
    public async Task A_free_shipping_code_made_by_staff_takes_the_shipping_off_and_nothing_else()
    {
        var code = NewCode();
        await CreateAsync(code, "FreeShipping", "");
        var slug = await App.WithDbAsync(db => db.Products.Where(p => p.IsPublished && !p.Options.Any() && p.Price < 40m
            && p.Variants.Sum(v => v.StockOnHand) > 5).OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync());
        var email = Unique("shipfree");
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(slug);
        var cart = await CartWithCodeAsync(shopper, code);
        var review = await shopper.EnterAddressAsync(Shopper.GuestAddress(email));
        var paid = await shopper.PayAsync(review, TestNonces.Valid);
        var order = await App.WithDbAsync(db => db.Orders.SingleAsync(o => o.Email == email));

        Assert.Multiple(async () =>
        {
            Assert.That((await RowAsync(code)).Text(), Does.Contain("free standard shipping"), "the staff list says what it does");
            var (_, list) = await Staff.GetPageAsync("/admin/discounts");
            Assert.That(list.Texts(".admin-discounts th"), Does.Contain("Discount on goods").And.No.Contain("Given off"), "what the column counts, and no more");
            Assert.That(list.Text(".discount-given-note"), Does.Contain("shipping a free-shipping code waived is not kept"));
            Assert.That(cart.Text(".discount-message"), Is.EqualTo($"Code {code}: free standard shipping."));
            Assert.That(review.Text(".review-shipping"), Is.EqualTo("Free"));
            Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That((order.DiscountCode, order.Discount.IsZero, order.ShippingCost.IsZero, order.Total), Is.EqualTo((code, true, true, order.Subtotal + order.Tax)));
        });
    }

    [Test]
    public async Task Shoppers_cannot_open_or_change_discount_codes()
    {
        var id = await CreateAsync(NewCode());
        using var shopper = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail());
        var list = await shopper.GetAsync("/admin/discounts");
        var (_, home) = await shopper.GetPageAsync("/");
        var token = home.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        var disable = await shopper.PostAsync($"/admin/discounts/{id}/disable",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Multiple(async () =>
        {
            Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That((int)disable.StatusCode, Is.EqualTo(403).Or.EqualTo(400));
            Assert.That(await App.WithDbAsync(db => db.DiscountCodes.Where(d => d.Id == id).Select(d => d.IsDisabled).SingleAsync()), Is.False);
        });
    }
}
