using Shop.Tests.Orders;

namespace Shop.Tests.Languages;

/// <summary>A buyer reviews in German: the form, its validation message and the moderation answer.</summary>
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
}
