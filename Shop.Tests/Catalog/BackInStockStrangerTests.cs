using MimeKit;
using Shop.Domain.Catalog;
using Shop.Web.Admin.Stock;
using Shop.Web.BackInStock;
using Shop.Web.Catalog;
using Shop.Tests.Orders;

namespace Shop.Tests.Catalog;

/// <summary>
/// Someone asking for an address that is not theirs learns nothing of it and cannot make the shop mail it more than
/// the address's own confirmations allow.
/// </summary>
public class BackInStockStrangerTests : BackInStockFixture
{
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
}
