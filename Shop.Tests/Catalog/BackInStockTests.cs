using MimeKit;
using Shop.Domain.Catalog;
using Shop.Web.Admin.Stock;
using Shop.Web.BackInStock;
using Shop.Web.Catalog;
using Shop.Tests.Orders;

namespace Shop.Tests.Catalog;

/// <summary>
/// "Tell me when it's back" on a sold-out product: guests confirm their address first, a signed-in shopper's own
/// address counts at once; a staff restock sends the mail, with a one-click stop; bad asks are refused.
/// </summary>
public class BackInStockTests : BackInStockFixture
{
    [Test]
    public async Task A_guest_confirms_by_mail_gets_one_mail_after_a_restock_and_unsubscribes_in_one_click()
    {
        var product = await SoldOutAsync(0);
        var email = Unique("guest");
        using var guest = App.Browser();
        var (_, page) = await guest.GetPageAsync($"/p/{product.Slug}");

        var asked = await AskAsync(guest, page, email);
        var askedPage = await asked.ReadHtmlAsync();
        var confirmMail = App.LastMailTo(email);
        await RestockAsync(product.Id); // not confirmed yet: nothing is sent
        var beforeConfirm = App.MailTo(email).Count(m => (m.Subject ?? "").Contains(Back));
        await App.WithDbAsync(async db =>
        {
            var p = await db.Products.Include(x => x.Variants).SingleAsync(x => x.Id == product.Id);
            p.SetStock(0);
            await db.SaveChangesAsync();
        });
        var confirmed = await guest.SubmitFormAsync(confirmMail.LinkTo("/back-in-stock/confirm"), "form.back-in-stock-press");
        var confirmedPage = await confirmed.ReadHtmlAsync();
        await RestockAsync(product.Id);
        var back = await BackMailAsync(email);
        var stopped = await guest.SubmitFormAsync(back[0].LinkTo("/back-in-stock/stop"), "form.back-in-stock-press");
        var stoppedPage = await stopped.ReadHtmlAsync();
        var left = await App.WithDbAsync(db => db.BackInStockRequests.CountAsync(r => r.Email == email));

        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelector("form.back-in-stock")?.HasAttribute("hidden"), Is.False, "offered on a sold-out product");
            Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(askedPage.Text("h1"), Is.EqualTo("Check your inbox"));
            Assert.That(confirmMail.Subject, Does.StartWith("Confirm: tell me when").And.Contain(product.Name));
            Assert.That(beforeConfirm, Is.Zero, "double opt-in: nothing before the address is confirmed");
            Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(confirmedPage.Text("h1"), Is.EqualTo("Address confirmed"));
            Assert.That(back, Has.Count.EqualTo(1));
            Assert.That(back[0].Subject, Is.EqualTo($"{product.Name} {Back}"));
            Assert.That(back[0].LinkTo($"/p/{product.Slug}"), Does.Contain($"variant={product.VariantId}"));
            Assert.That(stopped.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(stoppedPage.Text("h1"), Is.EqualTo("Unsubscribed"));
            Assert.That(left, Is.Zero);
        });
    }

    [Test]
    public async Task Deleting_the_account_stops_back_in_stock_mail_to_its_address_and_leaves_other_addresses()
    {
        var product = await SoldOutAsync(8);
        var email = Unique("leaving");
        var other = Unique("staying");
        using var me = await App.CreateAccountAndSignInAsync(email);
        using var guest = App.Browser();
        var (_, page) = await me.GetPageAsync($"/p/{product.Slug}");
        var (_, guestPage) = await guest.GetPageAsync($"/p/{product.Slug}");
        await AskAsync(me, page, email.ToUpperInvariant());
        await AskAsync(guest, guestPage, other);
        var before = await App.WithDbAsync(db => db.BackInStockRequests.CountAsync(r => r.Email == email));

        var deleted = await me.PostFormAsync("/account/delete", new Dictionary<string, string> { ["Password"] = Accounts.Password });

        Assert.That(deleted.Headers.Location?.OriginalString, Is.EqualTo("/account/deleted"));
        Assert.That(before, Is.EqualTo(1));
        Assert.That(await App.WithDbAsync(db => db.BackInStockRequests.CountAsync(r => r.Email == email)), Is.Zero, "nothing left to mail after a restock");
        Assert.That(await App.WithDbAsync(db => db.BackInStockRequests.CountAsync(r => r.Email == other)), Is.EqualTo(1), "another address waits on");
    }

    [Test]
    public async Task Opening_the_mailed_links_alone_confirms_and_stops_nothing_as_mail_scanners_open_links()
    {
        var product = await SoldOutAsync(9);
        var email = Unique("scanned");
        using var guest = App.Browser();
        var (_, page) = await guest.GetPageAsync($"/p/{product.Slug}");
        await AskAsync(guest, page, email);
        var confirmLink = App.LastMailTo(email).LinkTo("/back-in-stock/confirm");
        var stopLink = new Uri(new Uri("http://localhost"), App.Services.GetRequiredService<BackInStockLinks>().StopLink(
            await App.WithDbAsync(db => db.BackInStockRequests.Where(r => r.Email == email).Select(r => r.Id).SingleAsync()), email)).PathAndQuery;
        Task<BackInStockRequest?> RequestAsync() => App.WithDbAsync(db => db.BackInStockRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Email == email));

        var (scanned, scannedPage) = await guest.GetPageAsync(confirmLink);
        var afterScan = await RequestAsync();
        var (scannedStop, scannedStopPage) = await guest.GetPageAsync(stopLink);
        var afterStopScan = await RequestAsync();
        var pressed = await guest.SubmitFormAsync(confirmLink, "form.back-in-stock-press");
        var afterPress = await RequestAsync();
        // A mail client's one-click unsubscribe posts the link without a form token.
        var oneClick = await guest.PostAsync(stopLink, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));

        Assert.Multiple(async () =>
        {
            Assert.That(scanned.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(scannedPage.Text("form.back-in-stock-press"), Does.Contain(email));
            Assert.That(afterScan!.IsConfirmed, Is.False, "opening the link confirms nothing");
            Assert.That(scannedStop.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(scannedStopPage.Text("form.back-in-stock-press button"), Is.EqualTo("Unsubscribe"));
            Assert.That(afterStopScan, Is.Not.Null, "opening the stop link stops nothing");
            Assert.That((await pressed.ReadHtmlAsync()).Text("h1"), Is.EqualTo("Address confirmed"));
            Assert.That(afterPress!.IsConfirmed, Is.True, "the button confirms");
            Assert.That(oneClick.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await RequestAsync(), Is.Null, "one-click unsubscribe stops the mail");
        });
    }

    [Test]
    public async Task A_signed_in_shoppers_own_address_needs_no_confirmation()
    {
        var product = await SoldOutAsync(1);
        var email = Unique("member");
        using var me = await App.CreateAccountAndSignInAsync(email);
        var (_, page) = await me.GetPageAsync($"/p/{product.Slug}");
        var prefill = await me.GetStringAsync("/back-in-stock/me");

        var asked = await AskAsync(me, page, email);
        var askedPage = await asked.ReadHtmlAsync();
        var confirmMails = App.MailTo(email).Count(m => (m.Subject ?? "").StartsWith("Confirm:"));
        await RestockAsync(product.Id);
        var back = await BackMailAsync(email);

        Assert.Multiple(() =>
        {
            Assert.That(prefill, Does.Contain(email));
            Assert.That(askedPage.Text("h1"), Is.EqualTo("We will tell you"));
            Assert.That(confirmMails, Is.Zero);
            Assert.That(back, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task A_mistyped_address_comes_back_as_typed_with_its_message_and_the_corrected_one_is_taken()
    {
        var soldOut = await SoldOutAsync(5);
        using var guest = App.Browser();
        var (_, page) = await guest.GetPageAsync($"/p/{soldOut.Slug}");

        var refused = await AskAsync(guest, page, "sam@example,com");
        var again = await refused.ReadHtmlAsync();
        var email = Unique("mended");
        var taken = await guest.SubmitFormAsync(again, "form.back-in-stock", new Dictionary<string, string?> { ["email"] = email });

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(again.QuerySelector("form.back-in-stock #back-in-stock-email")!.GetAttribute("value"), Is.EqualTo("sam@example,com"));
        Assert.That(again.Text("[data-valmsg-for=email]"), Does.Contain("Enter an email address like name@example.com."));
        Assert.That(taken.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(App.LastMailTo(email).Subject, Does.StartWith("Confirm:"));
    }

    [Test]
    public async Task Bad_addresses_products_in_stock_other_sites_and_forged_links_are_refused()
    {
        var soldOut = await SoldOutAsync(3);
        var inStock = await ProductAsync(4);
        using var guest = App.Browser();
        var (_, page) = await guest.GetPageAsync($"/p/{soldOut.Slug}");
        var (_, inStockPage) = await guest.GetPageAsync($"/p/{inStock.Slug}");
        var inStockVariant = inStockPage.QuerySelector("form.back-in-stock input[name=variantId]")!.GetAttribute("value")!;

        var badEmail = await AskAsync(guest, page, "not-an-address");
        var badEmailPage = await badEmail.ReadHtmlAsync();
        var inStockAsk = await guest.PostAsync("/back-in-stock", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["variantId"] = inStockVariant, ["email"] = Unique("early"),
        }));
        var unknown = await guest.PostAsync("/back-in-stock", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["variantId"] = "987654", ["email"] = Unique("nobody"),
        }));
        var crossSite = new HttpRequestMessage(HttpMethod.Post, "/back-in-stock")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["variantId"] = soldOut.VariantId.ToString(), ["email"] = Unique("forged") }),
        };
        crossSite.Headers.Add("Sec-Fetch-Site", "cross-site");
        var forged = await guest.SendAsync(crossSite);
        var email = Unique("twice");
        await AskAsync(guest, page, email);
        await AskAsync(guest, page, email);
        var (badConfirm, _) = await guest.GetPageAsync("/back-in-stock/confirm?code=made-up");
        var (badStop, badStopPage) = await guest.GetPageAsync("/back-in-stock/stop?code=made-up");

        Assert.Multiple(async () =>
        {
            Assert.That(inStockPage.QuerySelector("form.back-in-stock")?.HasAttribute("hidden"), Is.True, "not offered while in stock");
            Assert.That(badEmail.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(badEmailPage.Text("main"), Does.Contain("Enter an email address like name@example.com."));
            Assert.That(inStockAsk.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((await inStockAsk.ReadHtmlAsync()).Text("main"), Does.Contain("in stock now"));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(App.MailTo(email), Has.Count.EqualTo(1), "asking twice sends one confirmation");
            Assert.That(badConfirm.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(badStop.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(badStopPage.Text("h1"), Is.EqualTo("This link does not work"));
        });
    }
}
