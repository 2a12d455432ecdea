using Shop.Domain.Checkout;
using Shop.Web.Data.Seed;

namespace Shop.Tests.Languages;

/// <summary>The cart's discount-code answers and its stock and limit notices in German and French.</summary>
public class CartTextTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => new() { ["Shop:Languages"] = "en,de,fr" };

    /// <summary>A product sold without options, from the demo catalog; <paramref name="skip"/> keeps the tests apart.</summary>
    private static DemoCatalog.DemoProduct Product(int skip) =>
        DemoCatalog.Products.Where(p => p.Options.Count == 0 && p.Stock > 20 && p.Price < 40m).Skip(skip).First();

    private async Task<(HttpClient Client, IDocument Cart)> GermanCartWithAsync(DemoCatalog.DemoProduct product, int quantity)
    {
        var client = App.Browser();
        var added = await client.SubmitFormAsync($"/de/p/{product.Slug}", "form.buy-box", new Dictionary<string, string?> { ["quantity"] = $"{quantity}" });
        return (client, await client.FollowAsync(added));
    }

    private Task ChangeAsync(DemoCatalog.DemoProduct product, Action<Product> change) => App.WithDbAsync(async db =>
    {
        change(await db.Products.Include(p => p.Variants).SingleAsync(p => p.Slug == product.Slug));
        await db.SaveChangesAsync();
    });

    /// <summary>What the cart says of <paramref name="code"/> alone: the code before it is taken out first (a code that works is not given up for one that does not).</summary>
    private static async Task<string> CodeMessageAsync(HttpClient client, string language, string code)
    {
        var cart = language == "en" ? "/cart" : $"/{language}/cart";
        var (_, page) = await client.GetPageAsync(cart);
        if (page.QuerySelector("form[action$='/cart/discount/remove']") is not null)
            await client.SubmitFormAsync(cart, "form[action$='/cart/discount/remove']", new Dictionary<string, string?>());
        var applied = await client.SubmitFormAsync(cart, "form[action$='/cart/discount']", new Dictionary<string, string?> { ["code"] = code });
        return (await client.FollowAsync(applied)).Text(".discount-message");
    }

    [Test]
    public async Task Discount_codes_answer_in_German_and_French()
    {
        var now = DateTimeOffset.UtcNow;
        await App.WithDbAsync(async db =>
        {
            var kitchen = new DiscountCode("KITCHEN", DiscountKind.Percentage, 15m);
            kitchen.LimitTo([int.MaxValue], []);
            db.DiscountCodes.AddRange(new DiscountCode("TEN", DiscountKind.Percentage, 10m), new DiscountCode("FIVE", DiscountKind.FixedAmount, 5m),
                new DiscountCode("OLD", DiscountKind.Percentage, 10m, endsAt: now.AddDays(-1)),
                new DiscountCode("SOON", DiscountKind.Percentage, 10m, startsAt: now.AddDays(1)), kitchen);
            await db.SaveChangesAsync();
        });
        var (client, _) = await GermanCartWithAsync(Product(0), 1);
        using var _c = client;
        Assert.Multiple(async () =>
        {
            Assert.That(await CodeMessageAsync(client, "de", "TEN"), Is.EqualTo("Code TEN: 10 % Rabatt."));
            Assert.That(await CodeMessageAsync(client, "de", "FIVE"), Is.EqualTo("Code FIVE: 5,00 $ Rabatt."));
            Assert.That(await CodeMessageAsync(client, "de", "NOPE"), Is.EqualTo("„NOPE“ ist kein gültiger Code."));
            await CodeMessageAsync(client, "de", "TEN");
            var mistyped = await client.SubmitFormAsync("/de/cart", "form[action$='/cart/discount']", new Dictionary<string, string?> { ["code"] = "TNE" });
            Assert.That((await mistyped.ReadHtmlAsync()).Text("#discount-code-error"), Is.EqualTo("„TNE“ ist kein gültiger Code. TEN gilt weiterhin."));
            Assert.That(await CodeMessageAsync(client, "de", "OLD"), Is.EqualTo("Der Code OLD ist abgelaufen."));
            Assert.That(await CodeMessageAsync(client, "de", "SOON"), Is.EqualTo("Der Code SOON gilt noch nicht."));
            Assert.That(await CodeMessageAsync(client, "de", "KITCHEN"), Is.EqualTo("Der Code KITCHEN gilt für keinen Artikel in Ihrem Warenkorb."));
            Assert.That(await CodeMessageAsync(client, "fr", "TEN"), Is.EqualTo("Code TEN : 10 % de réduction."));
            Assert.That(await CodeMessageAsync(client, "fr", "OLD"), Is.EqualTo("Le code OLD a expiré."));
            await client.GetAsync("/language/en");
            Assert.That(await CodeMessageAsync(client, "en", "TEN"), Is.EqualTo("Code TEN: 10% off."), "English as it was");
        });
    }

    [Test]
    public async Task More_than_the_limit_is_refused_in_German()
    {
        var product = Product(1);
        var (client, _) = await GermanCartWithAsync(product, 10);
        using var _c = client;
        var more = await client.FollowAsync(await client.SubmitFormAsync($"/de/p/{product.Slug}", "form.buy-box",
            new Dictionary<string, string?> { ["quantity"] = "1" }));
        var tooMany = await client.SubmitFormAsync("/de/cart", ".cart-line[data-variant-id] form[action$='/cart/update']",
            new Dictionary<string, string?> { ["quantity"] = "11" });
        Assert.Multiple(async () =>
        {
            Assert.That(more.Text(".cart-capped"), Is.EqualTo($"Sie können höchstens 10 Stück von {DemoTranslations.Of(product.Name, "de")} kaufen: Ihr Warenkorb enthält 10."), "named as German shoppers read it");
            Assert.That(tooMany.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await tooMany.ReadHtmlAsync()).Text("[role=alert]"), Does.Contain("Sie können höchstens 10 Stück eines Produkts kaufen."));
        });
    }

    [Test]
    public async Task A_quantity_in_letters_or_none_at_all_is_refused_in_German()
    {
        var product = Product(5);
        var (client, _) = await GermanCartWithAsync(product, 1);
        using var _c = client;
        var letters = await client.SubmitFormAsync("/de/cart", ".cart-line[data-variant-id] form[action$='/cart/update']",
            new Dictionary<string, string?> { ["quantity"] = "abc" });
        var none = await client.SubmitFormAsync($"/de/p/{product.Slug}", "form.buy-box", new Dictionary<string, string?> { ["quantity"] = "0" });
        Assert.Multiple(async () =>
        {
            Assert.That(letters.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await letters.ReadHtmlAsync()).Text("[role=alert]"), Is.EqualTo("Der Wert „abc“ ist für „Menge“ ungültig."), "MVC's own message");
            Assert.That(none.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await none.ReadHtmlAsync()).Text("[role=alert]"), Is.EqualTo("Fügen Sie mindestens ein Stück hinzu."));
        });
    }

    [Test]
    public async Task Stock_notices_are_German()
    {
        var low = Product(2);
        await ChangeAsync(low, p => p.SetStock(3));
        var (client, capped) = await GermanCartWithAsync(low, 5);
        using var _c = client;
        var shrinking = Product(3);
        var gone = Product(4);
        foreach (var p in new[] { shrinking, gone })
            await client.SubmitFormAsync($"/de/p/{p.Slug}", "form.buy-box", new Dictionary<string, string?> { ["quantity"] = "5" });
        await ChangeAsync(shrinking, p => p.SetStock(2));
        await ChangeAsync(gone, p => p.Unpublish());

        var (_, cart) = await client.GetPageAsync("/de/cart");
        var (_, panel) = await client.GetPageAsync("/de/cart/panel");
        string Notice(IDocument page, DemoCatalog.DemoProduct p) =>
            page.QuerySelectorAll("[data-variant-id]").Single(l => l.TextContent.Contains(DemoTranslations.Of(p.Name, "de")!)).QuerySelector(".text-danger")?.TextContent.Trim() ?? "";
        Assert.Multiple(() =>
        {
            Assert.That(capped.Text(".cart-capped"), Is.EqualTo($"Von {DemoTranslations.Of(low.Name, "de")} sind nur noch 3 verfügbar: Ihr Warenkorb enthält alle 3."));
            Assert.That(Notice(cart, shrinking), Is.EqualTo("Nur noch 2 verfügbar: Menge verringert"));
            Assert.That(Notice(cart, gone), Is.EqualTo("Ausverkauft oder nicht mehr im Sortiment: wird an der Kasse herausgenommen"));
            Assert.That(Notice(panel, shrinking), Is.EqualTo("Nur noch 2 verfügbar: Menge verringert"), "the mini-cart too");
        });
    }
}
