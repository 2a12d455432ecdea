using System.Text.Json;
using Shop.Domain.Catalog;
using Shop.Domain.Reviews;
using Shop.Web.Wishlist;

namespace Shop.Tests.Account;

/// <summary>"Your data" (/account/data): the account holder downloads everything the shop keeps of them, after giving their password again.</summary>
public class PersonalDataCopyTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => new() { ["Shop:Languages"] = "en,de,fr" };

    private static Task<HttpResponseMessage> DownloadAsync(HttpClient client, string password = Accounts.Password) =>
        client.SubmitFormAsync("/account/data", "form.personal-data-form", new Dictionary<string, string?> { ["Password"] = password });

    private async Task<(int ProductId, int VariantId, string Name, string Slug)> ProductAsync(int skip = 0) => await App.WithDbAsync(db =>
        db.Products.Where(p => !p.Options.Any() && p.IsPublished && p.Variants.Sum(v => v.StockOnHand) >= 20).OrderBy(p => p.Id).Skip(skip)
            .Select(p => new ValueTuple<int, int, string, string>(p.Id, p.Variants.First().Id, p.Name, p.Slug)).FirstAsync());

    [Test]
    public async Task The_file_holds_the_account_its_addresses_orders_reviews_wishlist_cart_and_back_in_stock_requests()
    {
        var email = Accounts.UniqueEmail("mydata");
        var user = await App.CreateAccountAsync(email);
        using var client = await App.SignedInBrowserAsync(email);
        await client.PostFormAsync("/account/addresses/new", new Dictionary<string, string>
        {
            ["Recipient"] = "Jürgen Müller", ["Line1"] = "Leopoldstraße 1", ["City"] = "München", ["PostalCode"] = "80802", ["Country"] = "DE",
        });
        var bought = await ProductAsync();
        var shopper = new Shopper(client);
        await shopper.AddToCartAsync(bought.Slug);
        var paid = await shopper.CheckoutAsync(TestNonces.Valid, Shopper.GuestAddress(email));
        var number = paid.Headers.Location!.ToString().Split('/').Last();
        var kept = await ProductAsync(skip: 1);
        await shopper.AddToCartAsync(kept.Slug, 2);
        await App.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            db.ProductReviews.Add(ProductReview.Write(bought.ProductId, user.Id, "Jürgen", bought: true, 4, "Solid, and the lid fits.", now));
            db.WishlistItems.Add(new WishlistItem { UserId = user.Id, ProductId = kept.ProductId, AddedAt = now });
            db.BackInStockRequests.Add(BackInStockRequest.For(kept.ProductId, kept.VariantId, soldOut: true, email, confirmed: true, now));
            db.BackInStockRequests.Add(BackInStockRequest.For(kept.ProductId, kept.VariantId, soldOut: true, Accounts.UniqueEmail("someoneelse"), confirmed: true, now));
            await db.SaveChangesAsync();
        });

        var (opened, page) = await client.GetPageAsync("/account/data");
        var response = await DownloadAsync(client);
        var text = await response.Content.ReadAsStringAsync();
        using var file = JsonDocument.Parse(text);
        var data = file.RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(opened.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.QuerySelector(".account-menu a[href='/account/data']")?.GetAttribute("aria-current"), Is.EqualTo("page"));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            Assert.That(response.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
            Assert.That(response.Content.Headers.ContentDisposition?.FileName, Does.Match(@"^shop-data-\d{4}-\d{2}-\d{2}\.json$"));
            Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
            Assert.That(data.GetProperty("account").GetProperty("email").GetString(), Is.EqualTo(email));
            Assert.That(data.GetProperty("addresses")[0].GetProperty("line1").GetString(), Is.EqualTo("Leopoldstraße 1"));
            Assert.That(text, Does.Contain("Jürgen Müller"), "written as read, not escaped");
            var order = data.GetProperty("orders")[0];
            Assert.That(order.GetProperty("number").GetString(), Is.EqualTo(number));
            Assert.That(order.GetProperty("lines")[0].GetProperty("name").GetString(), Is.EqualTo(bought.Name));
            Assert.That(order.GetProperty("status").GetString(), Is.EqualTo("Paid"));
            Assert.That(order.GetProperty("timeline").GetArrayLength(), Is.GreaterThan(0));
            Assert.That(data.GetProperty("reviews")[0].GetProperty("text").GetString(), Is.EqualTo("Solid, and the lid fits."));
            Assert.That(data.GetProperty("wishlist")[0].GetProperty("product").GetString(), Is.EqualTo(kept.Name));
            Assert.That(data.GetProperty("cart").GetProperty("lines")[0].GetProperty("quantity").GetInt32(), Is.EqualTo(2));
            Assert.That(data.GetProperty("backInStock").GetArrayLength(), Is.EqualTo(1), "the account's own address only");
            Assert.That(data.GetProperty("savedCards").GetArrayLength(), Is.EqualTo(0));
        });
    }

    [Test]
    public async Task Secrets_and_other_peoples_orders_are_not_in_the_file()
    {
        var email = Accounts.UniqueEmail("secrets");
        var user = await App.CreateAccountAsync(email);
        var product = await ProductAsync();
        var guest = new Shopper(App.Browser());
        await guest.AddToCartAsync(product.Slug);
        var guestOrder = (await guest.CheckoutAsync(TestNonces.Valid, Shopper.GuestAddress(email))).Headers.Location!.ToString().Split('/').Last();
        guest.Dispose();
        var stored = await App.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        using var client = await App.SignedInBrowserAsync(email);

        var text = await (await DownloadAsync(client)).Content.ReadAsStringAsync();

        Assert.That(text, Does.Not.Contain(stored.PasswordHash!));
        Assert.That(text, Does.Not.Contain(stored.SecurityStamp!));
        Assert.That(text, Does.Not.Contain(user.Id), "internal keys stay inside");
        Assert.That(text, Does.Not.Contain(guestOrder), "a guest order with the address joins the account only once mailbox and password are proved");
    }

    [Test]
    public async Task A_wrong_password_gets_no_file_and_says_so_beside_the_field()
    {
        var email = Accounts.UniqueEmail("wrongpw");
        await App.CreateAccountAsync(email);
        using var client = await App.SignedInBrowserAsync(email);

        var wrong = await DownloadAsync(client, "not-my-password-1");
        var empty = await DownloadAsync(client, "");
        var wrongPage = await wrong.ReadHtmlAsync();

        Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(wrong.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(wrongPage.Text("[data-valmsg-for=Password]"), Is.EqualTo(Shop.Web.Account.Reauthentication.WrongPasswordOrCode));
        Assert.That(wrongPage.QuerySelector("#Password")?.GetAttribute("value") ?? "", Is.Empty, "the password is not sent back");
        Assert.That(empty.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await empty.ReadHtmlAsync()).Text("[data-valmsg-for=Password]"), Is.EqualTo("Enter your password to confirm."));
    }

    [Test]
    public async Task The_page_and_its_file_read_in_german()
    {
        var email = Accounts.UniqueEmail("meinedaten");
        await App.CreateAccountAsync(email);
        using var client = await App.SignedInBrowserAsync(email);

        var (_, page) = await client.GetPageAsync("/de/account/data");

        Assert.That(page.Text("h1"), Is.EqualTo("Eine Kopie Ihrer Daten"));
        Assert.That(page.Text("form.personal-data-form button"), Is.EqualTo("Meine Daten herunterladen"));
        Assert.That(page.QuerySelector(".account-menu a[aria-current=page]")?.Text(), Is.EqualTo("Ihre Daten"));
    }
}
