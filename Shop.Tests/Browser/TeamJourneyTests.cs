using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>An admin invites a new colleague from the team page; the colleague opens the mailed link, chooses a password and is on the staff pages.</summary>
[TestFixture("desktop")]
[TestFixture("phone")]
public class TeamJourneyTests(string device) : PhoneAndDesktopTest(device)
{
    protected override Dictionary<string, string?> ShopSettings => SeededAdmin;

    [Test]
    public async Task An_admin_invites_a_colleague_who_accepts_and_lands_on_the_staff_pages()
    {
        var email = Accounts.UniqueEmail("colleague-" + Device);
        await Page.GotoAsync("/");
        await SignInAsync(Page, AdminEmail, AdminPassword);
        await Page.GotoAsync("/admin");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Staff" }).GetByRole(AriaRole.Link, new() { Name = "Team" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Team", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.Locator("tr.team-member .member-email")).ToContainTextAsync(AdminEmail);

        var invite = Page.Locator("form.invite-form");
        await invite.GetByLabel("Email").FillAsync(email);
        await invite.GetByLabel("Role").SelectOptionAsync(new SelectOptionValue { Label = "Staff" });
        await invite.GetByRole(AriaRole.Button, new() { Name = "Invite" }).ClickAsync();
        await Expect(Page.Locator(".admin-notice")).ToHaveTextAsync($"Invitation sent to {email}.");
        await Expect(Page.Locator("tr.invitation-row .invitation-email")).ToHaveTextAsync(email);
        await Page.AssertFitsTheScreenAsync("the team page");
        await Page.LookAsync($"team-{Device}");

        // The colleague opens the mail in a browser of their own.
        var link = Shop.LastMailTo(email).FullLinkTo("/account/staff-invitation");
        Assert.That(link.GetLeftPart(UriPartial.Authority), Is.EqualTo(Shop.BaseUrl));
        var colleague = await NewShopperAsync();
        await colleague.GotoAsync(link.AbsoluteUri);
        await Expect(colleague.GetByRole(AriaRole.Heading, new() { Name = "Join the staff of Shop" })).ToBeVisibleAsync();
        await colleague.GetByLabel("Your name").FillAsync("Grace Colleague");
        await colleague.GetByLabel("Choose a password").FillAsync(Accounts.Password);
        await colleague.AssertFitsTheScreenAsync("the invitation page");
        await colleague.LookAsync($"accept-{Device}");
        await colleague.GetByRole(AriaRole.Button, new() { Name = "Join the staff" }).ClickAsync();

        await Expect(colleague).ToHaveURLAsync(Shop.BaseUrl + "/admin");
        await Expect(colleague.GetByRole(AriaRole.Navigation, new() { Name = "Staff" }).GetByRole(AriaRole.Link, new() { Name = "Orders", Exact = true })).ToBeVisibleAsync();
        await Expect(colleague.GetByRole(AriaRole.Navigation, new() { Name = "Staff" }).GetByRole(AriaRole.Link, new() { Name = "Team" })).ToHaveCountAsync(0);

        await Page.ReloadAsync();
        await Expect(Page.Locator("tr.team-member").Filter(new() { HasText = email }).Locator(".member-role")).ToHaveTextAsync("Staff");
        await Expect(Page.Locator("tr.invitation-row")).ToHaveCountAsync(0);
        await Page.LookAsync($"team-after-{Device}");
    }
}
