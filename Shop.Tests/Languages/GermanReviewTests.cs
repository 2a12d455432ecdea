using Shop.Tests.Orders;

namespace Shop.Tests.Languages;

/// <summary>A buyer reviews in German: the form, its validation message and the moderation answer; pages in other languages mark it German.</summary>
public class GermanReviewTests : OrdersFixture
{
    [Test]
    public async Task A_review_that_breaks_a_rule_is_refused_in_German()
    {
        var email = Unique("buyer");
        using var me = await App.CreateAccountAndSignInAsync(email);
        await PlaceOrderAsync(email, client: me, product: 2);
        var (slug, _, _) = await ProductAsync(2);
        var (_, page) = await me.GetPageAsync($"/de/p/{slug}/review");
        var refused = await me.SubmitFormAsync(page, "form.review-form", new Dictionary<string, string?> { ["Form.Stars"] = null, ["Form.Text"] = "Gut." });
        var answer = await refused.ReadHtmlAsync();
        Assert.Multiple(() =>
        {
            Assert.That(page.Text("legend"), Is.EqualTo("Ihre Wertung"));
            Assert.That(page.Text("form.review-form button[type=submit]"), Is.EqualTo("Bewertung senden"));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(answer.Text("form.review-form"), Does.Contain("Wählen Sie 1 bis 5 Sterne."));
        });

        var sent = await me.SubmitFormAsync(page, "form.review-form", new Dictionary<string, string?> { ["Form.Stars"] = "5", ["Form.Text"] = "Sehr gut." });
        var after = await me.FollowAsync(sent);
        Assert.That(after.Text(".review-status"), Is.EqualTo("Danke: Ihre Bewertung erscheint, sobald unser Team sie gelesen hat."));
    }

    [TestCase("", "Choose from 1 to 5 stars.")]
    [TestCase("/de", "Wählen Sie 1 bis 5 Sterne.")]
    public async Task A_rating_that_is_no_number_is_refused_with_the_shops_own_sentence(string prefix, string sentence)
    {
        var email = Unique("buyer");
        using var me = await App.CreateAccountAndSignInAsync(email);
        await PlaceOrderAsync(email, client: me, product: 2);
        var (slug, _, _) = await ProductAsync(2);
        var (_, page) = await me.GetPageAsync($"{prefix}/p/{slug}/review");
        var refused = await me.SubmitFormAsync(page, "form.review-form", new Dictionary<string, string?> { ["Form.Stars"] = "abc", ["Form.Text"] = "Gut." });
        var answer = await refused.ReadHtmlAsync();
        Assert.Multiple(() =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(answer.Text("[data-valmsg-for='Form.Stars']"), Is.EqualTo(sentence), "not MVC's 'The value 'abc' is not valid for Stars.'");
            Assert.That(answer.Text("form.review-form"), Does.Not.Contain("abc"));
        });
    }

    [Test]
    public async Task A_review_written_in_German_is_marked_so_on_the_English_page()
    {
        var email = Unique("buyer");
        using var me = await App.CreateAccountAndSignInAsync(email);
        await PlaceOrderAsync(email, client: me, product: 3);
        var (slug, _, _) = await ProductAsync(3);
        var (_, page) = await me.GetPageAsync($"/de/p/{slug}/review");
        await me.SubmitFormAsync(page, "form.review-form", new Dictionary<string, string?> { ["Form.Stars"] = "4", ["Form.Text"] = "Schönes Messer, liegt gut in der Hand." });
        var review = await App.WithDbAsync(db => db.ProductReviews.AsNoTracking().SingleAsync(r => r.Text == "Schönes Messer, liegt gut in der Hand."));
        var approved = await Staff.SubmitFormAsync("/admin/reviews?show=to-moderate", $"[data-review-id='{review.Id}'] form.approve-form");
        Assert.That((int)approved.StatusCode, Is.EqualTo(302));

        var (_, english) = await App.Browser().GetPageAsync($"/p/{slug}");
        var (_, german) = await App.Browser().GetPageAsync($"/de/p/{slug}");

        Assert.Multiple(() =>
        {
            Assert.That(review.Language, Is.EqualTo("de"));
            Assert.That(english.Text(".review .review-language"), Is.EqualTo("Deutsch"));
            Assert.That(english.QuerySelector(".review .review-text")?.GetAttribute("lang"), Is.EqualTo("de"), "screen readers read it as German");
            Assert.That(german.QuerySelector(".review .review-language"), Is.Null, "on a German page it needs no mark");
            Assert.That(german.QuerySelector(".review .review-text")?.HasAttribute("lang"), Is.False);
        });
    }
}
