using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>
/// On a phone (375 px): a buyer reviews and staff approve it, a shopper keeps a wishlist, and a guest is mailed when a
/// sold-out product is restocked. The new pages are checked by axe.
/// </summary>
public class ShopperSocialJourneyTests : BrowserTest
{
    private static readonly ViewportSize SmallPhone = new() { Width = 375, Height = 812 };

    protected override ViewportSize Viewport => SmallPhone;

    protected override Dictionary<string, string?> ShopSettings => SeededAdmin;

    private async Task<IPage> StaffAsync()
    {
        var staff = await NewShopperAsync();
        await staff.GotoAsync("/");
        await SignInAsync(staff, AdminEmail, AdminPassword);
        return staff;
    }

    private Task<string> SlugOfAsync(string name) => Shop.WithDbAsync(db => db.Products.Where(p => p.Name == name).Select(p => p.Slug).FirstAsync());

    [Test]
    public async Task A_buyer_reviews_on_a_phone_and_staff_approve_it()
    {
        var email = Accounts.UniqueEmail("phone-reviewer");
        await Shop.CreateAccountAsync(email, name: "Grace Hopper");
        await Page.GotoAsync("/");
        await SignInAsync(Page, email, Accounts.Password);
        var name = await Page.AddFirstProductOfAsync("kitchen");
        await Page.EnterDeliveryAsync(email);
        await Page.PayWithTestCardAsync();
        var slug = await SlugOfAsync(name);

        await Page.GotoAsync($"/p/{slug}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Write a review" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send review" }).ClickAsync();
        await Expect(Page.Locator(".review-form")).ToContainTextAsync("Choose from 1 to 5 stars."); // shown without a round trip
        await Page.GetByLabel("4 stars").CheckAsync();
        await Page.GetByLabel("Your review (optional)").FillAsync("Boils fast and pours clean. <b>Recommended</b>.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send review" }).ClickAsync();
        await Expect(Page.Locator(".review-status")).ToContainTextAsync("shows once our team has read it");
        await Page.AssertAccessibleAsync("the review page");
        await Page.LookAsync("review-written");

        var staff = await StaffAsync();
        await staff.GotoAsync("/admin/reviews");
        await Expect(staff.Locator(".nav-to-moderate")).ToContainTextAsync("1");
        await staff.AssertAccessibleAsync("the moderation page");
        await staff.LookAsync("moderation");
        var row = staff.Locator(".review-row").Filter(new() { HasText = "Boils fast" });
        await row.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Expect(staff.Locator(".admin-notice")).ToContainTextAsync("Review approved");

        await Page.GotoAsync($"/p/{slug}");
        await Expect(Page.Locator(".review-text")).ToHaveTextAsync("Boils fast and pours clean. <b>Recommended</b>.");
        await Expect(Page.Locator(".product-rating")).ToContainTextAsync("Rated 4.0 out of 5, 1 review");
        await Page.Locator("#reviews").ScrollIntoViewIfNeededAsync();
        await Page.LookAsync("product-with-review");
    }

    [Test]
    public async Task A_shopper_keeps_a_wishlist_on_a_phone_and_moves_a_product_to_the_cart()
    {
        await Page.GotoAsync("/c/kitchen?inStock=true");
        await Page.Locator(".product-card .wish-button").First.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/account/sign-in\\?returnUrl="));

        var email = Accounts.UniqueEmail("phone-wisher");
        await Shop.CreateAccountAsync(email);
        await FillSignInFormAsync(Page, email, Accounts.Password);
        await Page.GotoAsync("/c/kitchen?inStock=true");
        var card = Page.Locator(".product-card").First;
        var name = (await card.Locator(".card-title").TextContentAsync())!.Trim();
        var url = Page.Url;
        var heart = card.GetByRole(AriaRole.Button, new() { Name = $"Save {name} to your wishlist" });
        await Expect(heart).ToHaveAttributeAsync("aria-pressed", "false");
        await heart.ClickAsync();
        await Expect(heart).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.That(Page.Url, Is.EqualTo(url), "no reload");
        await Page.LookAsync("hearts");

        await Page.ReloadAsync();
        await Expect(Page.Locator(".product-card").First.Locator(".wish-button")).ToHaveAttributeAsync("aria-pressed", "true");
        await Page.GotoAsync("/wishlist");
        await Expect(Page.Locator(".wished-name")).ToHaveTextAsync(name);
        await Page.AssertAccessibleAsync("the wishlist page");
        await Page.LookAsync("wishlist");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Move to cart" }).ClickAsync();
        await Expect(Page.Locator(".wishlist-message")).ToContainTextAsync($"Moved {name} to your cart.");
        await Expect(Page.Locator(".empty-wishlist")).ToBeVisibleAsync();
        await Page.GotoAsync("/cart");
        await Expect(Page.Locator("main")).ToContainTextAsync(name);
    }

    [Test]
    public async Task A_saved_product_with_two_options_shows_each_whole_choice_on_a_phone()
    {
        var (id, slug) = await Shop.WithDbAsync(async db =>
        {
            var p = await db.Products.Include(x => x.Variants)
                .Where(x => x.IsPublished && x.Variants.Count(v => v.IsPublished && v.Option2 != null) >= 2).OrderBy(x => x.Id).FirstAsync();
            foreach (var v in p.Variants) p.SetStock(v.Id, 5);
            await db.SaveChangesAsync();
            return (p.Id, p.Slug);
        });
        var email = Accounts.UniqueEmail("two-options");
        await Shop.CreateAccountAsync(email);
        var phone = await NewShopperAsync();
        await phone.GotoAsync("/account/sign-in");
        await FillSignInFormAsync(phone, email, Accounts.Password);
        await phone.GotoAsync($"/p/{slug}");
        await phone.Locator(".product-detail .wish-button").ClickAsync();
        await Expect(phone.Locator(".product-detail .wish-button")).ToHaveAttributeAsync("aria-pressed", "true");

        await phone.GotoAsync("/wishlist");
        var choice = phone.Locator($"[data-product-id='{id}'] select");
        // The select squeezed beside "Move to cart" showed "Oak" of "Oak / 120 cm"; wider than the screen is no better.
        var widths = await choice.EvaluateAsync<int[]>("""
            s => { const c = document.createElement('canvas').getContext('2d'); c.font = getComputedStyle(s).font;
                   const cs = getComputedStyle(s), padding = parseFloat(cs.paddingLeft) + parseFloat(cs.paddingRight);
                   return [Math.round(s.clientWidth - padding), Math.round(Math.max(...[...s.options].map(o => c.measureText(o.text).width)))]; }
            """);
        await phone.LookAsync("wishlist-two-options");
        await phone.AssertFitsTheScreenAsync("the wishlist with a choice of sizes");
        Assert.That(widths[0], Is.GreaterThanOrEqualTo(widths[1]), "the longest choice is readable in the select");
    }

    [Test]
    public async Task A_guest_is_mailed_once_when_staff_restock_a_sold_out_product()
    {
        var product = await Shop.WithDbAsync(async db =>
        {
            var p = await db.Products.Include(x => x.Variants)
                .Where(x => x.IsPublished && !x.Options.Any() && x.Variants.Sum(v => v.StockOnHand) > 5).OrderBy(x => x.Id).Skip(2).FirstAsync();
            p.SetStock(0);
            await db.SaveChangesAsync();
            return (p.Id, p.Name, p.Slug);
        });
        var email = Accounts.UniqueEmail("phone-waiter");

        await Page.GotoAsync($"/p/{product.Slug}");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Sold out" })).ToBeDisabledAsync();
        await Page.GetByLabel("Your email address").FillAsync(email);
        await Page.LookAsync("sold-out");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Notify me" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check your inbox");
        await Page.AssertAccessibleAsync("the back-in-stock answer");
        await Page.GotoAsync(Shop.LastMailTo(email).FullLinkTo("/back-in-stock/confirm").ToString());
        await Page.GetByRole(AriaRole.Button, new() { Name = "Yes, tell me when it's back" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Address confirmed");

        var staff = await StaffAsync();
        await staff.GotoAsync($"/admin/stock/{product.Id}");
        await staff.GetByLabel("Units (+ add, − remove)").FillAsync("6");
        await staff.GetByLabel("Reason").SelectOptionAsync("Received");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Adjust" }).ClickAsync();

        var deadline = DateTime.UtcNow.AddSeconds(20);
        List<MimeKit.MimeMessage> back;
        while ((back = Shop.MailTo(email).Where(m => (m.Subject ?? "").Contains("is back in stock")).ToList()).Count == 0 && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        Assert.That(back, Has.Count.EqualTo(1), "one mail after the restock");
        await Page.GotoAsync(back[0].FullLinkTo($"/p/{product.Slug}").ToString());
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" })).ToBeEnabledAsync();
        await Page.GotoAsync(back[0].FullLinkTo("/back-in-stock/stop").ToString());
        await Page.GetByRole(AriaRole.Button, new() { Name = "Unsubscribe" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Unsubscribed");
        Assert.That(Shop.MailTo(email).Count(m => (m.Subject ?? "").Contains("is back in stock")), Is.EqualTo(1));
    }
}
