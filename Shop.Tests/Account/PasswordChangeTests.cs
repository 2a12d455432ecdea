namespace Shop.Tests.Account;

/// <summary>Changing the password with sessions checked as shops run them (once a minute, the default).</summary>
public class PasswordChangeTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => NoDemoCatalog();

    [Test]
    public async Task A_double_click_on_Change_password_changes_it_and_says_so_on_both_posts()
    {
        var email = Accounts.UniqueEmail();
        using var client = await App.CreateAccountAndSignInAsync(email);
        var (_, form) = await client.GetPageAsync("/account/password");
        var typed = new Dictionary<string, string> { ["CurrentPassword"] = Accounts.Password, ["NewPassword"] = "fresh-orchard-lantern-7" };

        // The second post met the first's change: at the same moment it showed Identity's "Optimistic concurrency failure, object
        // has been modified.", a moment later "Your current password is not right."
        var posts = await Task.WhenAll(client.SubmitAsync(form, "/account/password", typed), client.SubmitAsync(form, "/account/password", typed));
        posts = [.. posts, await client.SubmitAsync(form, "/account/password", typed)];
        var pages = await Task.WhenAll(posts.Select(p => p.Content.ReadAsStringAsync()));

        Assert.Multiple(() =>
        {
            Assert.That(posts.Select(p => p.Headers.Location?.OriginalString), Is.All.EqualTo("/account"));
            Assert.That(pages, Has.None.Contains("concurrency"));
        });
        Assert.That((await client.GetAsync("/account")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "this session continues");
        using var fresh = App.Browser();
        await fresh.SignInAsync(email, "fresh-orchard-lantern-7");
    }
}
