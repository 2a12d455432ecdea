using MimeKit;

namespace Shop.Tests.Security;

/// <summary>
/// Cross-site scripting: markup typed by staff (product names) or shoppers (search, names, addresses, discount codes)
/// is shown as text everywhere it appears, including staff tables and mails — never as live HTML.
/// </summary>
public class XssTests : ShopFixture
{
    private const string Script = "<script>alert('xss')</script>";
    private const string Img = "<img src=x onerror=alert(1)>";

    private static void AssertInert(string html, string where)
    {
        Assert.That(html, Does.Not.Contain(Script).IgnoreCase, $"{where}: live <script>");
        Assert.That(html, Does.Not.Contain(Img).IgnoreCase, $"{where}: live <img onerror>");
    }

    private async Task<string> HtmlAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.That((int)response.StatusCode, Is.LessThan(500), url);
        return await response.Content.ReadAsStringAsync();
    }

    [Test]
    public async Task A_product_name_with_markup_is_text_on_every_page_that_shows_it()
    {
        var name = $"Lamp {Script}{Img}";
        var product = await App.WithDbAsync(async db =>
        {
            var category = await db.Categories.OrderBy(c => c.Id).FirstAsync();
            var p = new Product(name, "xss-lamp", "XSS-1", $"Bright {Script} and {Img}", 19.99m, category.Id, DateTimeOffset.UtcNow);
            p.SetStock(50);
            p.Publish();
            db.Products.Add(p);
            await db.SaveChangesAsync();
            return p;
        });
        var adminEmail = Accounts.UniqueEmail("admin");
        using var admin = await App.CreateAccountAndSignInAsync(adminEmail, Roles.Admin, Roles.Staff);
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(product.Slug);
        var confirmation = await shopper.CheckoutAsync();

        foreach (var url in new[] { "/p/xss-lamp", $"/c/{(await App.WithDbAsync(db => db.Categories.OrderBy(c => c.Id).FirstAsync())).Slug}?sort=newest", "/search?q=lamp", "/products?sort=newest", "/cart" })
            AssertInert(await HtmlAsync(shopper.Client, url), url);
        AssertInert(await HtmlAsync(shopper.Client, confirmation.Headers.Location!.ToString()), "order confirmation");
        foreach (var url in new[] { "/admin/products?q=lamp", "/admin", "/admin/stock" })
            AssertInert(await HtmlAsync(admin, url), url);
        var page = await HtmlAsync(shopper.Client, "/p/xss-lamp");
        Assert.That(page, Does.Contain("&lt;script&gt;"), "the name is shown, encoded");
    }

    [Test]
    public async Task Option_values_with_markup_are_text_in_the_picker_the_variants_data_the_cart_and_staff_pages()
    {
        var value = "</script>" + Script;
        await App.WithDbAsync(async db =>
        {
            var category = await db.Categories.OrderBy(c => c.Id).FirstAsync();
            var p = new Product("Markup shirt", "xss-shirt", "XSS-2", "Plain.", 19.99m, category.Id, DateTimeOffset.UtcNow);
            p.DefineOptions([("Size " + Img, [value, "M"])]);
            p.Publish();
            db.Products.Add(p);
            await db.SaveChangesAsync();
            foreach (var v in p.Variants) p.SetStock(v.Id, 5);
            await db.SaveChangesAsync();
        });
        using var shopper = new Shopper(App.Browser());
        var page = await HtmlAsync(shopper.Client, "/p/xss-shirt");
        AssertInert(page, "product page with variants");
        Assert.That(page, Does.Not.Contain("</script><script>").IgnoreCase, "the variants' JSON cannot close its script element");
        await shopper.AddToCartAsync("xss-shirt");
        AssertInert(await HtmlAsync(shopper.Client, "/cart"), "cart");
        using var admin = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("admin"), Roles.Admin, Roles.Staff);
        var id = await App.WithDbAsync(db => db.Products.Where(p => p.Slug == "xss-shirt").Select(p => p.Id).SingleAsync());
        foreach (var url in new[] { $"/admin/products/{id}", $"/admin/stock/{id}" })
            AssertInert(await HtmlAsync(admin, url), url);
    }

    [Test]
    public async Task Address_fields_with_markup_are_text_on_review_and_confirmation()
    {
        var slug = await App.WithDbAsync(db => db.Products.Where(p => !p.Options.Any() && p.Variants.Sum(v => v.StockOnHand) > 20).OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync());
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(slug);
        var address = Shopper.GuestAddress();
        address["Form.FullName"] = "Eve " + Img;
        address["Form.Line1"] = "1 " + Script;
        address["Form.City"] = "Town\"><svg onload=alert(1)>";

        var review = await shopper.EnterAddressAsync(address);
        AssertInert(review.DocumentElement.OuterHtml, "review");
        Assert.That(review.Text(".ship-to"), Does.Contain(Img), "shown as typed");
        var paid = await shopper.PayAsync(review, "fake-valid-nonce");
        var html = await HtmlAsync(shopper.Client, "/checkout");
        AssertInert(html, "delivery form refilled");
        Assert.That(html, Does.Not.Contain("<svg onload"));
        Assert.That((int)paid.StatusCode, Is.EqualTo(302));
    }

    [Test]
    public async Task A_registration_name_with_markup_is_text_on_the_account_page_and_in_the_mail()
    {
        var email = Accounts.UniqueEmail();
        using var client = App.Browser();
        await client.PostFormAsync("/account/register", new Dictionary<string, string>
        {
            ["FullName"] = "Mallory " + Script, ["Email"] = email, ["Password"] = Accounts.Password, ["ConfirmPassword"] = Accounts.Password,
        });
        var mail = App.LastMailTo(email);
        AssertInert(mail.HtmlBody ?? "", "registration mail");

        await App.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            user.EmailConfirmed = true;
            await db.SaveChangesAsync();
        });
        await client.SignInAsync(email);
        AssertInert(await HtmlAsync(client, "/account"), "my account");
    }

    [Test]
    public async Task A_discount_code_with_markup_is_text_on_the_cart()
    {
        var slug = await App.WithDbAsync(db => db.Products.Where(p => !p.Options.Any() && p.Variants.Sum(v => v.StockOnHand) > 20).OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync());
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(slug);
        var response = await shopper.Client.SubmitFormAsync("/cart", "form[action='/cart/discount']", new Dictionary<string, string?> { ["code"] = Img });
        var cart = await HtmlAsync(shopper.Client, response.Headers.Location?.ToString() ?? "/cart");
        AssertInert(cart, "cart with a discount code");
        Assert.That(cart, Does.Contain("&lt;IMG SRC=X ONERROR=ALERT(1)&gt;"), "the code is shown back, encoded");
    }
}
