using System.Text.Json;
using Shop.Domain.Reviews;
using Shop.Tests.Orders;

namespace Shop.Tests.Catalog;

/// <summary>
/// Shoppers who bought a product rate and review it once (and may rewrite it); staff approve, hide and reply; the
/// rating of approved reviews shows on cards, the product page and its JSON-LD. Reviews are plain text.
/// </summary>
public class ReviewTests : OrdersFixture
{
    private async Task<(HttpClient Shopper, (string Slug, int Id, string Name) Product)> BuyerAsync(string who, int product)
    {
        var email = Unique(who);
        var me = await App.CreateAccountAndSignInAsync(email);
        await PlaceOrderAsync(email, client: me, product: product);
        return (me, await ProductAsync(product));
    }

    private static Task<HttpResponseMessage> ReviewAsync(HttpClient shopper, string slug, int? stars, string text) =>
        shopper.SubmitFormAsync($"/p/{slug}/review", "form.review-form",
            new Dictionary<string, string?> { ["Form.Stars"] = stars?.ToString(), ["Form.Text"] = text });

    private Task<ProductReview> ReviewOfAsync(int productId, string text) =>
        App.WithDbAsync(db => db.ProductReviews.AsNoTracking().SingleAsync(r => r.ProductId == productId && r.Text == text));

    private async Task ModerateAsync(int reviewId, string action, string list = "to-moderate")
    {
        var response = await Staff.SubmitFormAsync($"/admin/reviews?show={list}", $"[data-review-id='{reviewId}'] form.{action}-form");
        Assert.That((int)response.StatusCode, Is.EqualTo(302), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task A_buyer_reviews_staff_approve_and_reply_and_the_rating_shows_on_the_page_the_cards_and_the_json_ld()
    {
        var (me, product) = await BuyerAsync("reviewer", product: 3);
        using var _ = me;
        var text = $"Sturdy and handsome {Guid.NewGuid():n}";

        var sent = await ReviewAsync(me, product.Slug, 4, text);
        var (_, mine) = await me.GetPageAsync($"/p/{product.Slug}/review");
        var review = await ReviewOfAsync(product.Id, text);
        var (_, before) = await Visitor.GetPageAsync($"/p/{product.Slug}");
        var (_, queue) = await Staff.GetPageAsync("/admin/reviews");

        Assert.Multiple(() =>
        {
            Assert.That((int)sent.StatusCode, Is.EqualTo(302));
            Assert.That(mine.Text(".review-status"), Does.Contain("shows once our team has read it"));
            Assert.That(review.Status, Is.EqualTo(ReviewStatus.ToModerate));
            Assert.That(before.Text(".product-reviews"), Does.Not.Contain(text), "not shown before approval");
            Assert.That(queue.QuerySelector($"[data-review-id='{review.Id}']").Text(), Does.Contain(text));
            Assert.That(int.Parse(queue.Text(".nav-to-moderate").Split(' ')[0]), Is.GreaterThanOrEqualTo(1));
        });

        await ModerateAsync(review.Id, "approve");
        var replied = await Staff.SubmitFormAsync("/admin/reviews?show=approved", $"[data-review-id='{review.Id}'] form.reply-form",
            new Dictionary<string, string?> { ["Reply"] = "Thank you for the kind words!" });
        var (_, page) = await Visitor.GetPageAsync($"/p/{product.Slug}");
        var rating = await App.WithDbAsync(db => db.ProductReviews.Where(r => r.ProductId == product.Id && r.Status == ReviewStatus.Approved)
            .GroupBy(r => r.ProductId).Select(g => new Rating(g.Count(), g.Sum(r => r.Stars))).SingleAsync());
        var jsonLd = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .Single(b => b.GetProperty("@type").GetString() is "Product" or "ProductGroup").GetProperty("aggregateRating");
        var category = await App.WithDbAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.Category!.Slug).SingleAsync());
        var (_, list) = await Visitor.GetPageAsync($"/c/{category}?q={Uri.EscapeDataString(product.Name)}");
        var (_, search) = await Visitor.GetPageAsync($"/search?q={Uri.EscapeDataString(product.Name)}");

        Assert.Multiple(() =>
        {
            Assert.That((int)replied.StatusCode, Is.EqualTo(302));
            Assert.That(page.Text(".product-reviews"), Does.Contain(text).And.Contain("Thank you for the kind words!"));
            Assert.That(page.Text(".product-rating"), Does.Contain($"Rated {rating.Average:0.0} out of 5, {rating.CountText}"));
            Assert.That(jsonLd.GetProperty("@type").GetString(), Is.EqualTo("AggregateRating"));
            Assert.That(jsonLd.GetProperty("ratingValue").GetString(), Is.EqualTo(rating.Average.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(jsonLd.GetProperty("reviewCount").GetInt32(), Is.EqualTo(rating.Count));
            Assert.That(list.QuerySelectorAll(".product-card").FirstOrDefault(c => c.Text().Contains(product.Name))?.QuerySelector(".card-rating").Text(),
                Does.Contain($"{rating.CountText}"), "the list card");
            Assert.That(search.QuerySelectorAll(".product-card").FirstOrDefault(c => c.Text().Contains(product.Name))?.QuerySelector(".card-rating").Text(),
                Does.Contain($"{rating.CountText}"), "the search card");
        });

        await ModerateAsync(review.Id, "hide", "approved");
        var (_, hidden) = await Visitor.GetPageAsync($"/p/{product.Slug}");
        Assert.That(hidden.Text(".product-reviews"), Does.Not.Contain(text), "hiding refreshes the cached page");
    }

    [Test]
    public async Task A_deleted_accounts_review_leaves_the_product_page_its_rating_and_search_at_once()
    {
        var (me, product) = await BuyerAsync("forgotten", product: 10);
        using var _ = me;
        var text = $"Words of a person who leaves {Guid.NewGuid():n}";
        await ReviewAsync(me, product.Slug, 1, text);
        await ModerateAsync((await ReviewOfAsync(product.Id, text)).Id, "approve");
        var (_, shown) = await Visitor.GetPageAsync($"/p/{product.Slug}");
        var (_, searchBefore) = await Visitor.GetPageAsync($"/search?q={Uri.EscapeDataString(product.Name)}");

        var deleted = await me.PostFormAsync("/account/delete", new Dictionary<string, string> { ["Password"] = Accounts.Password });
        var (_, page) = await Visitor.GetPageAsync($"/p/{product.Slug}");
        var (_, search) = await Visitor.GetPageAsync($"/search?q={Uri.EscapeDataString(product.Name)}");
        string? Card(IDocument d) => d.QuerySelectorAll(".product-card").FirstOrDefault(c => c.Text().Contains(product.Name))?.QuerySelector(".card-rating")?.Text();

        Assert.Multiple(() =>
        {
            Assert.That(shown.Text(".product-reviews"), Does.Contain(text), "shown while the account lived");
            Assert.That(Card(searchBefore), Does.Contain("1 review"), "rated while the account lived");
            Assert.That(deleted.Headers.Location?.OriginalString, Is.EqualTo("/account/deleted"));
            Assert.That(page.Text(".product-reviews"), Does.Not.Contain(text), "the cached page is refreshed");
            Assert.That(page.QuerySelector(".product-rating"), Is.Null, "its only rating is gone");
            Assert.That(Card(search), Is.Null.Or.Not.Contain("1 review"), "the search card");
        });
    }

    [Test]
    public async Task Reviews_beyond_the_newest_on_the_product_page_are_read_on_its_paged_reviews_page()
    {
        var product = await ProductAsync(9); // a product no other review test reviews
        var start = DateTimeOffset.UtcNow.AddDays(-60);
        var users = App.Services.CreateScope().ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ShopUser>>();
        for (var i = 0; i < 27; i++) // the oldest first, a day apart
        {
            var user = new ShopUser { UserName = Unique("many"), Email = Unique("many") };
            Assert.That((await users.CreateAsync(user)).Succeeded);
            await App.WithDbAsync(async db =>
            {
                var review = ProductReview.Write(product.Id, user.Id, $"Reader {i:D2}", true, 4, $"Review number {i:D2}", start.AddDays(i));
                review.Approve(start.AddDays(i));
                db.ProductReviews.Add(review);
                return await db.SaveChangesAsync();
            });
        }

        var (_, page) = await Visitor.GetPageAsync($"/p/{product.Slug}");
        var link = page.QuerySelector("a.all-reviews");
        var (_, first) = await Visitor.GetPageAsync(link?.GetAttribute("href") ?? "/none");
        var (_, last) = await Visitor.GetPageAsync(first.QuerySelector("a[rel=next]")?.GetAttribute("href") ?? "/none");
        var (_, german) = await Visitor.GetPageAsync($"/de/p/{product.Slug}/reviews?page=2");

        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelectorAll(".review-list .review"), Has.Length.EqualTo(20), "the product page keeps the newest 20");
            Assert.That(link?.Text(), Is.EqualTo("See all 27 reviews"));
            Assert.That(first.Texts(".review-text"), Is.EqualTo(Enumerable.Range(2, 25).Reverse().Select(i => $"Review number {i:D2}")));
            Assert.That(last.Texts(".review-text"), Is.EqualTo(new[] { "Review number 01", "Review number 00" }), "the oldest are on the last page");
            Assert.That(first.Text(".pager-status"), Is.EqualTo("Page 1 of 2 (27)"));
            Assert.That(german.Text(".pager-status"), Is.EqualTo("Seite 2 von 2 (27)"));
            Assert.That(german.Text("h1"), Does.StartWith("Bewertungen zu"));
        });
    }

    [Test]
    public async Task A_shopper_reviews_a_product_once_and_a_rewrite_waits_for_moderation_again()
    {
        var (me, product) = await BuyerAsync("rewriter", product: 4);
        using var _ = me;
        var first = $"First thoughts {Guid.NewGuid():n}";
        var second = $"Second thoughts {Guid.NewGuid():n}";

        await ReviewAsync(me, product.Slug, 2, first);
        await ModerateAsync((await ReviewOfAsync(product.Id, first)).Id, "approve");
        var rewrite = await ReviewAsync(me, product.Slug, 5, second);
        var (_, page) = await me.GetPageAsync($"/p/{product.Slug}/review");
        var mine = await App.WithDbAsync(db => db.ProductReviews.AsNoTracking().Where(r => r.ProductId == product.Id && (r.Text == first || r.Text == second)).ToListAsync());
        var (_, shown) = await Visitor.GetPageAsync($"/p/{product.Slug}");

        Assert.Multiple(() =>
        {
            Assert.That((int)rewrite.StatusCode, Is.EqualTo(302));
            Assert.That(mine, Has.Count.EqualTo(1), "one review per shopper and product");
            Assert.That(mine[0].Text, Is.EqualTo(second));
            Assert.That(mine[0].Stars, Is.EqualTo(5));
            Assert.That(mine[0].Status, Is.EqualTo(ReviewStatus.ToModerate));
            Assert.That(page.QuerySelector("textarea[name='Form.Text']")?.TextContent.Trim(), Is.EqualTo(second));
            Assert.That(page.QuerySelector("input[name='Form.Stars'][value='5']")?.HasAttribute("checked"), Is.True);
            Assert.That(shown.Text(".product-reviews"), Does.Not.Contain(first).And.Not.Contain(second), "a rewrite is moderated again");
        });
    }

    [Test]
    public async Task Reviews_are_plain_text_a_script_tag_is_shown_as_text()
    {
        var (me, product) = await BuyerAsync("script", product: 5);
        using var _ = me;
        var marker = Guid.NewGuid().ToString("n");
        var text = $"<script>alert('{marker}')</script><b>bold</b>";

        await ReviewAsync(me, product.Slug, 3, text);
        await ModerateAsync((await ReviewOfAsync(product.Id, text)).Id, "approve");
        var (_, page) = await Visitor.GetPageAsync($"/p/{product.Slug}");
        var (_, queue) = await Staff.GetPageAsync("/admin/reviews?show=approved");

        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelectorAll("script").Any(s => s.TextContent.Contains(marker)), Is.False, "no script runs");
            Assert.That(page.QuerySelectorAll(".review-text b"), Is.Empty);
            Assert.That(page.Text(".product-reviews"), Does.Contain(text), "shown as the shopper typed it");
            Assert.That(queue.QuerySelectorAll("script").Any(s => s.TextContent.Contains(marker)), Is.False, "nor on the staff page");
        });
    }

    [Test]
    public async Task Only_signed_in_buyers_may_review_and_bad_ratings_are_refused_with_a_message()
    {
        var product = await ProductAsync(6);
        using var anonymous = App.Browser();
        var signIn = await anonymous.GetAsync($"/p/{product.Slug}/review");
        using var stranger = await App.CreateAccountAndSignInAsync(Unique("stranger"));
        var (notBought, notBoughtPage) = await stranger.GetPageAsync($"/p/{product.Slug}/review");
        var noToken = await stranger.PostAsync($"/p/{product.Slug}/review", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Stars"] = "5", ["Form.Text"] = "never bought it",
        }));
        var (buyer, _) = await BuyerAsync("buyer", 6);
        using var __ = buyer;
        var noStars = await ReviewAsync(buyer, product.Slug, null, "no stars");
        var sixStars = await ReviewAsync(buyer, product.Slug, 6, "six stars");
        var tooLong = await ReviewAsync(buyer, product.Slug, 4, new string('x', ProductReview.TextMax + 1));
        var (missing, _) = await buyer.GetPageAsync("/p/no-such-product/review");
        var noStarsPage = await noStars.ReadHtmlAsync();

        Assert.Multiple(() =>
        {
            Assert.That((int)signIn.StatusCode, Is.EqualTo(302));
            Assert.That(Uri.UnescapeDataString(signIn.Headers.Location!.ToString()), Does.Contain("/account/sign-in").And.Contain($"/p/{product.Slug}/review"));
            Assert.That(notBought.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(notBoughtPage.Text(".not-bought"), Does.Contain("You can review products you have bought"));
            Assert.That(notBoughtPage.QuerySelector("form.review-form"), Is.Null);
            Assert.That(noToken.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "no antiforgery token");
            Assert.That(noStars.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(noStarsPage.Text(".review-form"), Does.Contain("Choose from 1 to 5 stars."));
            Assert.That(sixStars.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(tooLong.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
        Assert.That(await App.WithDbAsync(db => db.ProductReviews.CountAsync(r => r.ProductId == product.Id)), Is.Zero);
    }

    [Test]
    public async Task A_stranger_cannot_post_a_review_for_a_product_they_did_not_buy_even_with_a_token()
    {
        var product = await ProductAsync(7);
        using var stranger = await App.CreateAccountAndSignInAsync(Unique("nobuy"));
        var (_, page) = await stranger.GetPageAsync($"/p/{product.Slug}/review");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
                    ?? (await stranger.GetPageAsync("/account")).Page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var posted = await stranger.PostAsync($"/p/{product.Slug}/review", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Form.Stars"] = "5", ["Form.Text"] = "never bought it",
        }));

        Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await App.WithDbAsync(db => db.ProductReviews.CountAsync(r => r.ProductId == product.Id)), Is.Zero);
    }

    [Test]
    public async Task Moderation_is_for_staff_and_refuses_unknown_reviews_and_long_replies()
    {
        using var shopper = await App.CreateAccountAndSignInAsync(Unique("nosy"));
        var (asShopper, _) = await shopper.GetPageAsync("/admin/reviews");
        var (unknownList, _) = await Staff.GetPageAsync("/admin/reviews?show=everything");
        var (_, queue) = await Staff.GetPageAsync("/admin/reviews");
        var token = queue.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
                    ?? (await Staff.GetPageAsync("/admin/pages/1")).Page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var unknown = await Staff.PostAsync("/admin/reviews/987654/approve", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        var (me, product) = await BuyerAsync("longreply", product: 8);
        using var _ = me;
        var text = $"Fine {Guid.NewGuid():n}";
        await ReviewAsync(me, product.Slug, 4, text);
        var review = await ReviewOfAsync(product.Id, text);
        var tooLong = await Staff.SubmitFormAsync("/admin/reviews", $"[data-review-id='{review.Id}'] form.reply-form",
            new Dictionary<string, string?> { ["Reply"] = new string('r', ProductReview.ReplyMax + 1) });
        var tooLongPage = await tooLong.ReadHtmlAsync();

        Assert.Multiple(() =>
        {
            Assert.That((int)asShopper.StatusCode, Is.AnyOf(403, 302), "not for shoppers");
            Assert.That(unknownList.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(tooLong.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(tooLongPage.Text(".form-errors"), Does.Contain($"Keep the reply to {ProductReview.ReplyMax} characters."));
        });
    }

    [Test]
    public async Task A_refused_reply_comes_back_as_typed_with_the_message_by_it_and_line_breaks_count_once()
    {
        var (me, product) = await BuyerAsync("keptreply", product: 2); // a product no other review test counts
        using var _ = me;
        var text = $"Nice {Guid.NewGuid():n}";
        await ReviewAsync(me, product.Slug, 5, text);
        var review = await ReviewOfAsync(product.Id, text);
        var typed = "Thank you! " + new string('r', ProductReview.ReplyMax);
        var fits = string.Join("\r\n", Enumerable.Repeat(new string('k', 90), 11)); // 1,000 characters in the box, 1,010 as sent

        var refused = await Staff.SubmitFormAsync("/admin/reviews", $"[data-review-id='{review.Id}'] form.reply-form",
            new Dictionary<string, string?> { ["Reply"] = typed });
        var page = await refused.ReadHtmlAsync();
        var saved = await Staff.SubmitFormAsync("/admin/reviews", $"[data-review-id='{review.Id}'] form.reply-form",
            new Dictionary<string, string?> { ["Reply"] = fits });

        Assert.Multiple(async () =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(page.QuerySelector($"#reply-{review.Id}")!.TextContent, Is.EqualTo(typed), "what was typed stays in its box");
            Assert.That(page.Text($"#reply-{review.Id}-error"), Is.EqualTo($"Keep the reply to {ProductReview.ReplyMax} characters."));
            Assert.That((int)saved.StatusCode, Is.EqualTo(302), await saved.Content.ReadAsStringAsync());
            Assert.That((await ReviewOfAsync(product.Id, text)).Reply, Is.EqualTo(fits.ReplaceLineEndings("\n")));
        });
    }
}
