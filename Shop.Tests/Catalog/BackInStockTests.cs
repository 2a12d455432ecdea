using MimeKit;
using Shop.Domain.Catalog;
using Shop.Web.Admin.Stock;
using Shop.Web.BackInStock;
using Shop.Web.Catalog;
using Shop.Tests.Orders;

namespace Shop.Tests.Catalog;

/// <summary>
/// "Tell me when it's back" on a sold-out product: guests confirm their address first, a signed-in shopper's own
/// address counts at once; a staff restock sends each waiting address one mail, whatever races, with a one-click stop.
/// </summary>
public class BackInStockTests : OrdersFixture
{
    private const string Back = "is back in stock";

    private async Task<(string Slug, int Id, string Name, int VariantId)> SoldOutAsync(int skip)
    {
        var p = await ProductAsync(skip);
        var variantId = await App.WithDbAsync(async db =>
        {
            var product = await db.Products.Include(x => x.Variants).SingleAsync(x => x.Id == p.Id);
            product.SetStock(0);
            await db.SaveChangesAsync();
            return product.Variants.Single().Id;
        });
        return (p.Slug, p.Id, p.Name, variantId);
    }

    private static Task<HttpResponseMessage> AskAsync(HttpClient client, IDocument page, string? email) =>
        client.SubmitFormAsync(page, "form.back-in-stock", email is null ? null : new Dictionary<string, string?> { ["email"] = email });

    private async Task RestockAsync(int productId, int units = 5)
    {
        var response = await Staff.SubmitFormAsync($"/admin/stock/{productId}", "form.stock-form",
            new Dictionary<string, string?> { ["Delta"] = units.ToString(), ["Reason"] = nameof(StockMovementReason.Received) });
        Assert.That((int)response.StatusCode, Is.EqualTo(302), await response.Content.ReadAsStringAsync());
    }

    /// <summary>The mails to <paramref name="email"/> whose subject says the product is back, once at least one has come (or the deadline passed).</summary>
    private async Task<List<MimeMessage>> BackMailAsync(string email)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var mail = App.MailTo(email).Where(m => (m.Subject ?? "").Contains(Back)).ToList();
            if (mail.Count > 0 || DateTime.UtcNow > deadline) return mail;
            await Task.Delay(50);
        }
    }

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
    public async Task Asking_for_someone_elses_address_answers_check_your_inbox_whether_or_not_it_waits_and_mails_it_nothing()
    {
        var product = await SoldOutAsync(4);
        var member = Unique("member");
        var nobody = Unique("nobody");
        using var me = await App.CreateAccountAndSignInAsync(member);
        var (_, mine) = await me.GetPageAsync($"/p/{product.Slug}");
        Assert.That((await (await AskAsync(me, mine, member)).ReadHtmlAsync()).Text("h1"), Is.EqualTo("We will tell you"));

        using var prober = App.Browser();
        var (_, page) = await prober.GetPageAsync($"/p/{product.Slug}");
        var waits = await AskAsync(prober, page, member);
        var waitsNot = await AskAsync(prober, page, nobody);
        using var other = await App.CreateAccountAndSignInAsync(Unique("other"));
        var (_, theirs) = await other.GetPageAsync($"/p/{product.Slug}");
        var signedInProbe = await AskAsync(other, theirs, member);
        var again = await AskAsync(me, mine, member);

        string Answer(IDocument answer, string email) => answer.Text("main").Replace(email, "ADDRESS", StringComparison.Ordinal);
        var (waitsPage, waitsNotPage, signedInPage) = (await waits.ReadHtmlAsync(), await waitsNot.ReadHtmlAsync(), await signedInProbe.ReadHtmlAsync());
        Assert.Multiple(async () =>
        {
            Assert.That((waits.StatusCode, signedInProbe.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)));
            Assert.That(waitsNotPage.Text("h1"), Is.EqualTo("Check your inbox"));
            Assert.That(Answer(waitsPage, member), Is.EqualTo(Answer(waitsNotPage, nobody)), "the same answer whether or not the address waits");
            Assert.That(Answer(signedInPage, member), Is.EqualTo(Answer(waitsNotPage, nobody)), "signed in as another account too");
            Assert.That((await again.ReadHtmlAsync()).Text("h1"), Is.EqualTo("We will tell you"), "the account's own address is told");
            Assert.That(App.MailTo(member).Count(m => (m.Subject ?? "").StartsWith("Confirm:")), Is.Zero, "a waiting address is not mailed");
            Assert.That(App.MailTo(nobody).Count(m => (m.Subject ?? "").StartsWith("Confirm:")), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Someone_elses_ask_for_an_address_already_mailed_mails_nothing_more_until_the_address_confirms_again()
    {
        var product = await SoldOutAsync(10);
        var member = Unique("member");
        using var me = await App.CreateAccountAndSignInAsync(member);
        var (_, mine) = await me.GetPageAsync($"/p/{product.Slug}");
        Assert.That((await (await AskAsync(me, mine, member)).ReadHtmlAsync()).Text("h1"), Is.EqualTo("We will tell you"));
        await RestockAsync(product.Id);
        Assert.That(await BackMailAsync(member), Has.Count.EqualTo(1));
        await App.WithDbAsync(async db =>
        {
            var p = await db.Products.Include(x => x.Variants).SingleAsync(x => x.Id == product.Id);
            p.SetStock(0);
            await db.SaveChangesAsync();
        });

        using var stranger = App.Browser();
        var (_, page) = await stranger.GetPageAsync($"/p/{product.Slug}");
        var asked = await AskAsync(stranger, page, member);
        var afterAsk = await App.WithDbAsync(db => db.BackInStockRequests.AsNoTracking().SingleAsync(r => r.Email == member));
        var confirmMails = App.MailTo(member).Where(m => (m.Subject ?? "").StartsWith("Confirm:")).ToList();

        Assert.Multiple(async () =>
        {
            Assert.That((await asked.ReadHtmlAsync()).Text("h1"), Is.EqualTo("Check your inbox"));
            Assert.That(afterAsk.IsConfirmed, Is.False, "renewed by someone else: waits for the address's own confirmation");
            Assert.That(afterAsk.NotifiedAt, Is.Null);
            Assert.That(confirmMails, Has.Count.EqualTo(1), "the address is asked to confirm");
        });

        // Only the address's own confirmation puts it back on the list.
        var confirmed = await me.SubmitFormAsync(confirmMails[0].LinkTo("/back-in-stock/confirm"), "form.back-in-stock-press");
        Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await RestockAsync(product.Id);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (App.MailTo(member).Count(m => (m.Subject ?? "").Contains(Back)) < 2 && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.That(App.MailTo(member).Count(m => (m.Subject ?? "").Contains(Back)), Is.EqualTo(2));
    }

    [Test]
    public async Task Racing_restocks_and_nodes_send_each_address_exactly_one_mail()
    {
        var product = await SoldOutAsync(2);
        var emails = Enumerable.Range(0, 6).Select(i => Unique($"race{i}")).ToList();
        await App.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            db.BackInStockRequests.AddRange(emails.Select(e => BackInStockRequest.For(product.Id, product.VariantId, true, e, true, now)));
            await db.SaveChangesAsync();
        });

        // Two restocks at once through the stock path, while three "nodes" (and this node's own notifier) send what is due.
        var notifier = App.Services.GetRequiredService<BackInStockNotifier>();
        var restocks = Enumerable.Range(0, 2).Select(_ => Task.Run(() => App.WithAsync<StockLevels, int?>(s => s.TryAdjustAsync(product.VariantId, 3, CancellationToken.None))));
        var nodes = Enumerable.Range(0, 3).Select(_ => Task.Run(() => notifier.SendDueAsync(CancellationToken.None)));
        await Task.WhenAll(restocks);
        var sentByNodes = (await Task.WhenAll(nodes)).Sum();
        var mails = new List<int>();
        foreach (var e in emails) mails.Add((await BackMailAsync(e)).Count);
        var again = await notifier.SendDueAsync(CancellationToken.None);
        foreach (var (e, i) in emails.Select((e, i) => (e, i))) mails[i] = App.MailTo(e).Count(m => (m.Subject ?? "").Contains(Back));

        Assert.Multiple(() =>
        {
            Assert.That(mails, Is.All.EqualTo(1), "each address, once");
            Assert.That(again, Is.Zero, "nothing left to send");
            Assert.That(sentByNodes, Is.LessThanOrEqualTo(emails.Count));
        });
        // This node's own notifier marks what it mailed just after the mail server took it: wait for that mark.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        int unmarked;
        while ((unmarked = await App.WithDbAsync(db => db.BackInStockRequests.CountAsync(r => r.VariantId == product.VariantId && r.NotifiedAt == null))) > 0
               && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        Assert.That(unmarked, Is.Zero, "every mailed request is marked notified");
    }

    [Test]
    public async Task A_notice_claimed_by_a_node_that_died_before_mailing_it_is_mailed_later_once_and_one_being_mailed_now_is_left_alone()
    {
        var product = await SoldOutAsync(3);
        var (died, busy) = (Unique("died"), Unique("busy"));
        var now = DateTimeOffset.UtcNow;
        await App.WithDbAsync(async db =>
        {
            db.BackInStockRequests.AddRange(BackInStockRequest.For(product.Id, product.VariantId, true, died, true, now),
                BackInStockRequest.For(product.Id, product.VariantId, true, busy, true, now));
            await db.SaveChangesAsync();
            var claimedLongAgo = now - BackInStockRequest.ClaimFor - TimeSpan.FromMinutes(1);
            await db.BackInStockRequests.Where(r => r.Email == died).ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimedAt, claimedLongAgo));
            await db.BackInStockRequests.Where(r => r.Email == busy).ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimedAt, now));
        });

        await App.WithAsync<StockLevels, int?>(s => s.TryAdjustAsync(product.VariantId, 3, CancellationToken.None));
        await App.Services.GetRequiredService<BackInStockNotifier>().SendDueAsync(CancellationToken.None);
        var diedMails = (await BackMailAsync(died)).Count;
        var notified = await App.WithDbAsync(db => db.BackInStockRequests.Where(r => r.VariantId == product.VariantId)
            .ToDictionaryAsync(r => r.Email, r => r.NotifiedAt is not null));

        Assert.Multiple(() =>
        {
            Assert.That(diedMails, Is.EqualTo(1), "the dead node's claim expired; this node mailed it");
            Assert.That(App.MailTo(busy).Count(m => (m.Subject ?? "").Contains(Back)), Is.Zero, "another node is mailing it");
            Assert.That(notified[died], Is.True);
            Assert.That(notified[busy], Is.False, "marked by the node that mails it, once the mail went out");
        });
    }

    [Test]
    public async Task Confirmation_mails_to_one_mailbox_stop_at_its_hourly_allowance_however_the_address_is_spelled_and_the_page_answers_the_same()
    {
        var products = new[] { await SoldOutAsync(6), await SoldOutAsync(7) };
        var victim = Unique("victim");
        var at = victim.IndexOf('@');
        // The same inbox, plus-addressed, over two products, each from a browser of its own (as from several IPs).
        var addresses = Enumerable.Range(0, 8).Select(i => i == 0 ? victim : $"{victim[..at]}+{i}{victim[at..]}").ToList();
        var answers = new List<string>();
        foreach (var (address, i) in addresses.Select((a, i) => (a, i)))
        {
            using var attacker = App.Browser();
            var (_, page) = await attacker.GetPageAsync($"/p/{products[i % 2].Slug}");
            var asked = await AskAsync(attacker, page, address);
            var answer = await asked.ReadHtmlAsync();
            answers.Add($"{(int)asked.StatusCode} {answer.Text("h1")}: {answer.Text(".back-in-stock-answer p").Replace(address, "(address)")}");
        }

        var mails = addresses.Sum(a => App.MailTo(a).Count);
        var recorded = await App.WithDbAsync(db => db.BackInStockRequests.CountAsync(r => addresses.Contains(r.Email)));

        Assert.Multiple(() =>
        {
            Assert.That(mails, Is.EqualTo(5), "Shop:Accounts:MailsPerHour to one mailbox");
            Assert.That(recorded, Is.EqualTo(5), "a request over the allowance is not kept, so asking again later mails it");
            Assert.That(answers, Is.All.EqualTo(answers[0]), "the page does not tell whether a mail went");
            Assert.That(answers[0], Does.StartWith("200 Check your inbox: We have sent a mail to (address)."));
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
