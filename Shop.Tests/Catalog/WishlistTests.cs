using System.Net.Http.Json;
using System.Text.Json;
using Shop.Tests.Orders;

namespace Shop.Tests.Catalog;

/// <summary>The heart on cards and product pages, the wishlist page and moving a saved product to the cart.</summary>
public class WishlistTests : OrdersFixture
{
    private static HttpRequestMessage Post(string url, int productId, bool json, string site = "same-origin")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["productId"] = productId.ToString(), ["returnUrl"] = "/p/x" }),
        };
        request.Headers.Add("Sec-Fetch-Site", site);
        if (json) request.Headers.Accept.ParseAdd("application/json");
        return request;
    }

    private static async Task<List<int>> SavedIdsAsync(HttpClient client)
    {
        var state = await client.GetFromJsonAsync<JsonElement>("/wishlist/state");
        return state.GetProperty("productIds").EnumerateArray().Select(e => e.GetInt32()).ToList();
    }

    [Test]
    public async Task A_shopper_saves_from_the_product_page_without_script_and_sees_it_on_the_wishlist()
    {
        var product = await ProductAsync(0);
        using var me = await App.CreateAccountAndSignInAsync(Unique("wisher"));
        var (_, page) = await me.GetPageAsync($"/p/{product.Slug}");
        var heart = page.QuerySelector(".product-detail form.wish-form button");

        var saved = await me.SubmitFormAsync(page, ".product-detail form.wish-form");
        var (_, list) = await me.GetPageAsync(saved.Headers.Location!.ToString());
        var again = await me.SubmitFormAsync(page, ".product-detail form.wish-form");
        var ids = await SavedIdsAsync(me);

        Assert.Multiple(() =>
        {
            Assert.That(heart?.GetAttribute("aria-pressed"), Is.EqualTo("false"), "a real toggle button, pressed by the script");
            Assert.That(heart?.GetAttribute("type"), Is.EqualTo("submit"));
            Assert.That(page.QuerySelectorAll(".product-card form.wish-form button[aria-pressed]"), Is.Not.Empty, "hearts on the related cards too");
            Assert.That((int)saved.StatusCode, Is.EqualTo(302));
            Assert.That(list.Text(".wishlist-message"), Does.Contain($"Saved {product.Name} to your wishlist."));
            Assert.That(list.Texts(".wished-name"), Is.EqualTo(new[] { product.Name }));
            Assert.That((int)again.StatusCode, Is.EqualTo(302), "saving twice is harmless");
            Assert.That(ids, Is.EqualTo(new[] { product.Id }));
        });
    }

    [Test]
    public async Task With_script_the_heart_saves_and_removes_with_json_answers()
    {
        var product = await ProductAsync(1);
        using var me = await App.CreateAccountAndSignInAsync(Unique("hearts"));

        var added = await me.SendAsync(Post("/wishlist/add", product.Id, json: true));
        var addedJson = await added.Content.ReadFromJsonAsync<JsonElement>();
        var afterAdd = await SavedIdsAsync(me);
        var removed = await me.SendAsync(Post("/wishlist/remove", product.Id, json: true));
        var removedJson = await removed.Content.ReadFromJsonAsync<JsonElement>();
        var afterRemove = await SavedIdsAsync(me);

        Assert.Multiple(() =>
        {
            Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(addedJson.GetProperty("saved").GetBoolean(), Is.True);
            Assert.That(afterAdd, Is.EqualTo(new[] { product.Id }));
            Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(removedJson.GetProperty("saved").GetBoolean(), Is.False);
            Assert.That(afterRemove, Is.Empty);
        });
    }

    [Test]
    public async Task A_visitor_is_sent_to_sign_in_and_back_and_other_sites_and_unknown_products_are_refused()
    {
        var product = await ProductAsync(2);
        using var visitor = App.Browser();
        var (_, page) = await visitor.GetPageAsync($"/p/{product.Slug}");
        var form = await visitor.SubmitFormAsync(page, ".product-detail form.wish-form");
        var json = await visitor.SendAsync(Post("/wishlist/add", product.Id, json: true));
        var listPage = await visitor.GetAsync("/wishlist");
        var state = await visitor.GetFromJsonAsync<JsonElement>("/wishlist/state");
        using var me = await App.CreateAccountAndSignInAsync(Unique("refused"));
        var crossSite = await me.SendAsync(Post("/wishlist/add", product.Id, json: false, site: "cross-site"));
        var unknown = await me.SendAsync(Post("/wishlist/add", 987654, json: false));
        var signInTo = (await json.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("signIn").GetString();
        var ids = await SavedIdsAsync(me);

        Assert.Multiple(() =>
        {
            Assert.That((int)form.StatusCode, Is.EqualTo(302));
            Assert.That(Uri.UnescapeDataString(form.Headers.Location!.ToString()), Is.EqualTo($"/account/sign-in?returnUrl=/p/{product.Slug}"));
            Assert.That(json.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(signInTo, Does.StartWith("/account/sign-in"));
            Assert.That((int)listPage.StatusCode, Is.EqualTo(302));
            Assert.That(state.GetProperty("signedIn").GetBoolean(), Is.False);
            Assert.That(crossSite.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(ids, Is.Empty);
        });
    }

    [Test]
    public async Task A_saved_product_moves_to_the_cart_and_a_sold_out_one_stays_with_a_reason()
    {
        var inStock = await ProductAsync(3);
        var soldOut = await ProductAsync(4);
        using var me = await App.CreateAccountAndSignInAsync(Unique("mover"));
        await me.SendAsync(Post("/wishlist/add", inStock.Id, json: false));
        await me.SendAsync(Post("/wishlist/add", soldOut.Id, json: false));
        var (_, list) = await me.GetPageAsync("/wishlist");
        await App.WithDbAsync(async db =>
        {
            var p = await db.Products.Include(x => x.Variants).SingleAsync(x => x.Id == soldOut.Id);
            p.SetStock(0);
            await db.SaveChangesAsync();
        });

        var moved = await me.SubmitFormAsync(list, $"[data-product-id='{soldOut.Id}'] form.move-form");
        var movedPage = await moved.ReadHtmlAsync();
        var (_, fresh) = await me.GetPageAsync("/wishlist");
        var ok = await me.SubmitFormAsync(fresh, $"[data-product-id='{inStock.Id}'] form.move-form");
        var (_, after) = await me.GetPageAsync(ok.Headers.Location!.ToString());
        var (_, cart) = await me.GetPageAsync("/cart");

        Assert.Multiple(() =>
        {
            Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(movedPage.Text(".wishlist-message"), Does.Contain($"Sorry, {soldOut.Name} is sold out"));
            Assert.That(fresh.QuerySelector($"[data-product-id='{soldOut.Id}'] form.move-form"), Is.Null, "a sold-out product offers no move");
            Assert.That(fresh.Text($"[data-product-id='{soldOut.Id}']"), Does.Contain("Sold out"));
            Assert.That((int)ok.StatusCode, Is.EqualTo(302));
            Assert.That(after.Text(".wishlist-message"), Does.Contain($"Moved {inStock.Name} to your cart."));
            Assert.That(after.Texts(".wished-name"), Is.EqualTo(new[] { soldOut.Name }));
            Assert.That(cart.Text("main"), Does.Contain(inStock.Name));
        });
    }

    [Test]
    public async Task A_product_whose_variants_cost_different_amounts_reads_from_and_each_choice_names_its_price()
    {
        var (id, cheap, dear) = await App.WithDbAsync(async db =>
        {
            var p = await db.Products.Include(x => x.Variants)
                .Where(x => x.IsPublished && x.Variants.Count(v => v.IsPublished) >= 2).OrderBy(x => x.Id).FirstAsync();
            var variants = p.Variants.Where(v => v.IsPublished).OrderBy(v => v.Position).ToList();
            foreach (var v in variants) p.SetStock(v.Id, 5);
            p.RepriceVariants(variants.Select(v => v.Id).ToList(), 20m);
            p.RepriceVariants([variants[^1].Id], 35m);
            await db.SaveChangesAsync();
            return (p.Id, variants[0].Id, variants[^1].Id);
        });
        using var me = await App.CreateAccountAndSignInAsync(Unique("choosy"));
        await me.SendAsync(Post("/wishlist/add", id, json: false));

        var (_, list) = await me.GetPageAsync("/wishlist");
        var row = $"[data-product-id='{id}']";

        Assert.Multiple(() =>
        {
            // Was "$20.00" beside a choice of variants, one of which costs $35.00 in the cart.
            Assert.That(list.Text($"{row} p.mb-2"), Does.StartWith("from $20.00"));
            Assert.That(list.Text($"{row} option[value='{cheap}']"), Does.EndWith("— $20.00"));
            Assert.That(list.Text($"{row} option[value='{dear}']"), Does.EndWith("— $35.00"));
            Assert.That(list.QuerySelector($"{row} select")?.ClassList, Does.Contain("w-auto"), "the choice is as wide as its words, not squeezed beside the button");
        });
    }
}
