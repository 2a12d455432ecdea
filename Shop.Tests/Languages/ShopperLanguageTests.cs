using System.Globalization;
using Shop.Tests.Orders;
using Shop.Web.Admin;
using Shop.Web.Admin.Orders;

namespace Shop.Tests.Languages;

/// <summary>The shopper's account, orders and mails in German and French; English as it was.</summary>
public class ShopperLanguageTests : OrdersFixture
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>A signed-in shopper who chose German (the cookie), and their paid order, placed in German.</summary>
    private async Task<(HttpClient Me, string Email, string Number)> GermanOrderAsync()
    {
        var email = Unique("deutsch");
        var me = await App.CreateAccountAndSignInAsync(email);
        await me.GetAsync("/language/de");
        var number = await PlaceOrderAsync(email, client: me);
        Assert.That((await OrderAsync(number)).Language, Is.EqualTo("de"));
        return (me, email, number);
    }

    /// <summary>The paid order settles, ships and is delivered, by staff (who are returned, for the next step).</summary>
    private async Task<StaffMember> ShippedAndDeliveredAsync(string number, string tracking)
    {
        Gateway.Settle(await TransactionOfAsync(number));
        var by = await StaffMemberAsync();
        await App.WithAsync<StaffOrderActions, OrderActionResult>(a => a.ShipAsync(number, tracking, null, by, CancellationToken.None));
        await App.WithAsync<StaffOrderActions, OrderActionResult>(a => a.MarkDeliveredAsync(number, by, CancellationToken.None));
        return by;
    }

    private static async Task<string> H1Async(HttpClient client, string url)
    {
        var (response, page) = await client.GetPageAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        return page.Text("main h1");
    }

    [Test]
    public async Task A_German_shopper_sees_every_account_page_in_German()
    {
        using var me = await App.CreateAccountAndSignInAsync(Unique("konto"));
        var (_, home) = await me.GetPageAsync("/de/account");
        Assert.Multiple(async () =>
        {
            Assert.That(home.Text("main h1"), Is.EqualTo("Mein Konto"));
            Assert.That(home.Text(".account-email"), Does.StartWith("Angemeldet als"));
            Assert.That(home.QuerySelectorAll(".account-menu a").Select(a => a.GetAttribute("href")), Has.All.StartWith("/de/"), "the menu stays German");
            Assert.That(home.Texts(".account-menu a"), Is.EqualTo(new[]
            {
                "Profil", "Bestellungen", "Merkzettel", "Adressen", "Zahlungsarten", "E-Mail", "Passwort", "Zwei-Faktor-Authentifizierung", "Ihre Daten", "Konto löschen",
            }), "every entry of the menu");
            Assert.That((await me.GetPageAsync("/fr/account")).Page.Texts(".account-menu a"), Is.EqualTo(new[]
            {
                "Profil", "Commandes", "Liste d’envies", "Adresses", "Moyens de paiement", "E-mail", "Mot de passe", "Authentification à deux facteurs",
                "Vos données", "Supprimer le compte",
            }), "and in French");
            Assert.That(home.QuerySelector("form.profile-form")?.GetAttribute("action"), Is.EqualTo("/de/account/profile"));
            Assert.That(await H1Async(me, "/de/account/orders"), Is.EqualTo("Bestellungen"));
            Assert.That(await H1Async(me, "/de/account/addresses"), Is.EqualTo("Adressen"));
            Assert.That(await H1Async(me, "/de/account/addresses/new"), Is.EqualTo("Adresse hinzufügen"));
            Assert.That(await H1Async(me, "/de/account/payment-methods"), Is.EqualTo("Zahlungsarten"));
            Assert.That(await H1Async(me, "/de/account/password"), Is.EqualTo("Passwort ändern"));
            Assert.That(await H1Async(me, "/de/account/email"), Is.EqualTo("E-Mail-Adresse ändern"));
            Assert.That(await H1Async(me, "/de/account/two-factor"), Is.EqualTo("Zwei-Faktor-Authentifizierung"));
            Assert.That(await H1Async(me, "/de/account/two-factor/enable"), Is.EqualTo("Authenticator-App einrichten"));
            Assert.That(await H1Async(me, "/de/account/delete"), Is.EqualTo("Ihr Konto löschen"));
        });
    }

    [Test]
    public async Task Pages_without_an_account_speak_German_too()
    {
        using var client = App.Browser();
        var (_, invalid) = await client.GetPageAsync("/de/account/reset-password?user=x&code=y");
        var (_, confirm) = await client.GetPageAsync("/de/account/confirm-email?user=x&code=y");
        Assert.Multiple(async () =>
        {
            Assert.That(await H1Async(client, "/de/account/forgot-password"), Is.EqualTo("Passwort vergessen?"));
            Assert.That(await H1Async(client, "/de/account/check-email"), Is.EqualTo("Sehen Sie in Ihre E-Mails"));
            Assert.That(invalid.Text("main h1"), Is.EqualTo("Dieser Link funktioniert nicht"));
            Assert.That(invalid.QuerySelector("main a")?.GetAttribute("href"), Is.EqualTo("/de/account/forgot-password"));
            Assert.That(confirm.Text("main h1"), Is.EqualTo("Dieser Link funktioniert nicht"));
        });
    }

    [Test]
    public async Task Account_messages_and_validation_are_German()
    {
        using var me = await App.CreateAccountAndSignInAsync(Unique("meldung"));
        var wrong = await me.PostFormAsync("/de/account/password", new Dictionary<string, string> { ["CurrentPassword"] = "", ["NewPassword"] = "short" });
        var wrongPage = await wrong.ReadHtmlAsync();
        var saved = await me.SubmitFormAsync("/de/account", "form.profile-form", new Dictionary<string, string?> { ["Profile.FullName"] = "Ada Müller" });
        Assert.That(saved.Headers.Location?.OriginalString, Is.EqualTo("/de/account"), "the answer stays German");
        var (_, after) = await me.GetPageAsync(saved.Headers.Location!.OriginalString);
        var badCode = await me.PostFormAsync("/de/account/two-factor/enable", new Dictionary<string, string> { ["Code"] = "12", ["CurrentPassword"] = Accounts.Password });
        Assert.Multiple(async () =>
        {
            Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(wrongPage.Text("[data-valmsg-for='CurrentPassword']"), Is.EqualTo("Geben Sie Ihr aktuelles Passwort ein."));
            Assert.That(after.Text(".status-message"), Is.EqualTo("Ihr Profil wurde gespeichert."));
            Assert.That((await badCode.ReadHtmlAsync()).Text("[data-valmsg-for='Code']"), Is.EqualTo("Der Code besteht aus den 6 Ziffern, die Ihre Authenticator-App anzeigt."));
        });
    }

    [Test]
    public async Task A_French_shopper_sees_French_account_pages()
    {
        using var me = await App.CreateAccountAndSignInAsync(Unique("compte"));
        Assert.Multiple(async () =>
        {
            Assert.That(await H1Async(me, "/fr/account/orders"), Is.EqualTo("Commandes"));
            Assert.That(await H1Async(me, "/fr/account/addresses"), Is.EqualTo("Adresses"));
            Assert.That(await H1Async(me, "/fr/account/two-factor"), Is.EqualTo("Authentification à deux facteurs"));
            Assert.That(await H1Async(me, "/fr/account/delete"), Is.EqualTo("Supprimer votre compte"));
        });
    }

    [Test]
    public async Task English_account_pages_are_unchanged()
    {
        using var me = await App.CreateAccountAndSignInAsync(Unique("english"));
        var (_, home) = await me.GetPageAsync("/account");
        Assert.Multiple(async () =>
        {
            Assert.That(home.Text("main h1"), Is.EqualTo("My account"));
            Assert.That(home.QuerySelector(".account-menu a")?.GetAttribute("href"), Is.EqualTo("/account"));
            Assert.That(home.Text(".two-factor-state"), Is.EqualTo("off"));
            Assert.That(await H1Async(me, "/account/orders"), Is.EqualTo("Orders"));
            Assert.That(await H1Async(me, "/account/two-factor"), Is.EqualTo("Two-factor authentication"));
        });
    }

    [Test]
    public async Task A_German_shopper_s_cart_order_and_mail_name_the_product_as_translated_and_English_stays_English()
    {
        var product = await ProductAsync(7);
        await App.UntranslateProductAsync(product.Id); // the test's own German name, not the demo's
        await App.WithDbAsync(async db =>
        {
            db.Add(new ProductTranslation(product.Id, "de", "Übersetzter Artikel", ""));
            await db.SaveChangesAsync();
        });
        var email = Unique("deutsch");
        using var me = await App.CreateAccountAndSignInAsync(email);
        await me.GetAsync("/language/de");
        await new Shopper(me).AddToCartAsync(product.Slug);
        var (_, cart) = await me.GetPageAsync("/de/cart");
        Assert.That(cart.Body!.TextContent, Does.Contain("Übersetzter Artikel").And.Not.Contain(product.Name));

        var number = await PlaceOrderAsync(email, product: 7, client: me);
        var englishEmail = Unique("english");
        var english = await PlaceOrderAsync(englishEmail, product: 7);

        var mail = App.LastMailTo(email);
        Assert.Multiple(async () =>
        {
            Assert.That((await OrderAsync(number)).Lines.Single().Name, Is.EqualTo("Übersetzter Artikel"));
            Assert.That(mail.TextBody, Does.Contain("Übersetzter Artikel").And.Not.Contain(product.Name));
            Assert.That((await OrderAsync(english)).Lines.Single().Name, Is.EqualTo(product.Name));
            Assert.That(App.LastMailTo(englishEmail).TextBody, Does.Contain(product.Name));
        });
    }

    [Test]
    public async Task A_German_order_page_is_German()
    {
        var (me, _, number) = await GermanOrderAsync();
        using var _ = me;
        var (_, list) = await me.GetPageAsync("/de/account/orders");
        var (_, page) = await me.GetPageAsync($"/de/account/orders/{number}");
        Assert.Multiple(() =>
        {
            Assert.That(list.Text(".my-orders .order-status"), Is.EqualTo("Bezahlt"));
            Assert.That(list.QuerySelector("a.order-number")?.GetAttribute("href"), Is.EqualTo($"/de/account/orders/{number}"));
            Assert.That(page.Text("main h1"), Is.EqualTo($"Bestellung {number}"));
            Assert.That(page.Text(".order-status"), Is.EqualTo("Bezahlt"));
            Assert.That(page.Text("#ship-heading"), Is.EqualTo("Lieferung an"));
            Assert.That(page.Text(".order-lines thead"), Does.Contain("Artikel").And.Contain("Menge"));
        });
    }

    [Test]
    public async Task A_German_order_is_shipped_delivered_and_refunded_in_German_mails()
    {
        var (me, email, number) = await GermanOrderAsync();
        me.Dispose();
        Gateway.Settle(await TransactionOfAsync(number));
        var by = await StaffMemberAsync();
        await App.WithAsync<StaffOrderActions, OrderActionResult>(a => a.ShipAsync(number, "TRK-DE", null, by, CancellationToken.None));
        var shipped = App.LastMailTo(email);
        await App.WithAsync<StaffOrderActions, OrderActionResult>(a => a.MarkDeliveredAsync(number, by, CancellationToken.None));
        var delivered = App.LastMailTo(email);
        var refund = await App.WithAsync<StaffOrderActions, OrderActionResult>(a => a.RefundAsync(number, 1m, by, CancellationToken.None));
        Assert.That(refund.Outcome, Is.EqualTo(OrderActionOutcome.Done), refund.Message);
        var refunded = App.LastMailTo(email);
        var order = await OrderAsync(number);
        Assert.Multiple(() =>
        {
            Assert.That(shipped.Subject, Is.EqualTo($"Ihre Bestellung {number} bei Shop ist versandt"));
            Assert.That(shipped.TextBody, Does.Contain($"Gute Nachricht: Bestellung {number} ist unterwegs.").And.Contain("Sendungsnummer: TRK-DE"));
            Assert.That(delivered.Subject, Is.EqualTo($"Ihre Bestellung {number} bei Shop wurde zugestellt"));
            Assert.That(refunded.Subject, Is.EqualTo($"Eine Erstattung von {new Money(1m, order.Currency).ToString(German)} für Ihre Bestellung {number} bei Shop"));
            Assert.That(refunded.TextBody, Does.Contain("auf Ihre Karte erstattet"));
        });
    }

    [Test]
    public async Task A_German_order_s_timeline_is_German_says_each_step_once_and_a_note_staff_wrote_stays_as_written()
    {
        var (me, _, number) = await GermanOrderAsync();
        using var _ = me;
        var by = await ShippedAndDeliveredAsync(number, "TRK-DE");
        await App.WithAsync<StaffOrderActions, OrderActionResult>(a => a.RefundAsync(number, 1m, by, CancellationToken.None));
        await App.WithAsync<StaffOrderActions, OrderActionResult>(a => a.AddNoteAsync(number, "Thanks for your patience!", forShopper: true, by, CancellationToken.None));
        var order = await OrderAsync(number);
        var one = new Money(1m, order.Currency).ToString(German).Replace('\u00a0', ' '); // stored "$1.00", read the German way

        var (_, page) = await me.GetPageAsync($"/de/account/orders/{number}");
        Assert.That(page.QuerySelectorAll(".order-history li").Select(li => li.Text()[(li.QuerySelector("span").Text().Length + 1)..]), Is.EqualTo(new[]
        {
            "Bestellung aufgegeben.",
            $"Bezahlt (Transaktion {order.PaymentTransactionId}).",
            "Versandt, Sendungsnummer TRK-DE.",
            "Zugestellt.",
            $"Erstattet: {one} (insgesamt erstattet: {one}).",
            "Zugestellt: Thanks for your patience!",
        }), "the order's own notes say their step (no \"Bezahlt: Bezahlt\"); a note staff wrote follows its status; the gateway's own note about the refund is staff's");
        Assert.That((await OrderPageAsync(number)).Text(".order-language"), Does.StartWith("Deutsch: the shopper's mails are in it"),
            "staff, writing a note, see the language it is mailed in");
    }

    [Test]
    public async Task A_German_return_request_is_answered_and_mailed_in_German()
    {
        var (me, email, number) = await GermanOrderAsync();
        using var _ = me;
        var by = await ShippedAndDeliveredAsync(number, "TRK-R");

        var (_, page) = await me.GetPageAsync($"/de/account/orders/{number}");
        Assert.That(page.Text(".order-returns h2"), Is.EqualTo("Rückgabe"));
        Assert.That(page.Text(".order-returns"), Does.Match(@"bis \w+, \d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}"),
            "the date in the sentence is written the German way");
        Assert.That(page.QuerySelector("form.return-form")?.GetAttribute("action"), Is.EqualTo($"/de/account/orders/{number}/returns"));
        var empty = await me.SubmitFormAsync(page, "form.return-form", new Dictionary<string, string?> { ["Lines[0].Quantity"] = "0" });
        Assert.That((await empty.ReadHtmlAsync()).Text(".return-error"), Is.EqualTo("Wählen Sie mindestens einen Artikel für die Rücksendung."));

        var asked = await me.SubmitFormAsync(page, "form.return-form", new Dictionary<string, string?> { ["Lines[0].Quantity"] = "1", ["Lines[0].Reason"] = "Zu klein" });
        var (_, after) = await me.GetPageAsync(asked.Headers.Location!.OriginalString);
        Assert.Multiple(() =>
        {
            Assert.That(asked.Headers.Location?.OriginalString, Does.StartWith("/de/"));
            Assert.That(after.Text(".order-notice"), Is.EqualTo("Ihre Rücksendeanfrage ist gesendet. Wir schreiben Ihnen, sobald wir sie geprüft haben."));
            Assert.That(after.Text(".return-status"), Is.EqualTo("Angefragt; wir sehen sie uns an"));
            Assert.That(App.LastMailTo(email).Subject, Is.EqualTo($"Wir haben Ihre Rücksendeanfrage für Bestellung {number} · Shop"));
        });
    }

    [Test]
    public async Task A_password_reset_asked_from_French_pages_is_French_and_leads_back_to_them()
    {
        var email = Unique("motdepasse");
        await App.CreateAccountAsync(email);
        using var client = App.Browser();
        var sent = await client.PostFormAsync("/fr/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        Assert.That(sent.Headers.Location?.OriginalString, Does.StartWith("/fr/"));
        var mail = App.LastMailTo(email);
        var link = mail.FullLinkTo("/fr/account/reset-password");
        using var other = App.Browser();
        var (_, reset) = await other.GetPageAsync(link.PathAndQuery);
        Assert.Multiple(() =>
        {
            Assert.That(mail.Subject, Is.EqualTo("Réinitialisez votre mot de passe Shop"));
            Assert.That(mail.TextBody, Does.Contain("Bonjour Ada Shopper,").And.Contain("Nous avons reçu une demande de réinitialisation"));
            Assert.That(reset.Text("main h1"), Is.EqualTo("Choisir un nouveau mot de passe"));
        });
    }

    [Test]
    public async Task An_English_password_reset_stays_English()
    {
        var email = Unique("reset");
        await App.CreateAccountAsync(email);
        using var client = App.Browser();
        await client.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        var mail = App.LastMailTo(email);
        Assert.That(mail.Subject, Is.EqualTo("Reset your Shop password"));
        Assert.That(mail.LinkTo("/account/reset-password"), Does.StartWith("/account/reset-password?"));
    }

    [Test]
    public async Task Signing_in_and_out_under_de_stays_under_de()
    {
        var email = Unique("weiter");
        await App.CreateAccountAsync(email);
        using var client = App.Browser();
        var challenge = await client.GetAsync("/de/account/orders");
        Assert.That(challenge.Headers.Location?.AbsolutePath, Is.EqualTo("/de/account/sign-in"));
        var signedIn = await client.PostSignInAsync(email, Accounts.Password, "/de/account/sign-in?returnUrl=%2Fcheckout");
        var wrong = await (await App.Browser().PostSignInAsync(email, "not-the-password", "/de/account/sign-in")).ReadHtmlAsync();
        var (_, home) = await client.GetPageAsync("/de/");
        var signedOut = await client.SubmitFormAsync(home, "form.sign-out-form");
        Assert.Multiple(() =>
        {
            Assert.That(signedIn.Headers.Location?.OriginalString, Is.EqualTo("/de/checkout"));
            Assert.That(wrong.Text(".form-errors"), Is.EqualTo("E-Mail-Adresse oder Passwort ist falsch."));
            Assert.That(signedOut.Headers.Location?.OriginalString, Is.EqualTo("/de/"));
        });
    }

    [Test]
    public async Task Two_factor_set_up_and_sign_in_with_a_code_speak_German()
    {
        var email = Unique("zweifaktor");
        using (var me = await App.CreateAccountAndSignInAsync(email))
        {
            var (_, setup) = await me.GetPageAsync("/de/account/two-factor/enable");
            var key = setup.Text(".shared-key");
            var enabled = await me.SubmitAsync(setup, "/de/account/two-factor/enable",
                new Dictionary<string, string> { ["Code"] = Accounts.AuthenticatorCode(key), ["CurrentPassword"] = Accounts.Password });
            Assert.That((await enabled.ReadHtmlAsync()).Text("main h1"), Is.EqualTo("Ihre Wiederherstellungscodes"));
            var (_, state) = await me.GetPageAsync("/de/account/two-factor");
            Assert.That(state.Text(".two-factor-state"), Is.EqualTo("Die Zwei-Faktor-Authentifizierung ist eingeschaltet. Sie haben noch 10 Wiederherstellungscodes."));
            var denied = await me.GetAsync("/de/account/access-denied");
            Assert.That(denied.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That((await denied.ReadHtmlAsync()).Text("main h1"), Is.EqualTo("Sie haben keinen Zugriff auf diese Seite"));
        }

        using var client = App.Browser();
        var signIn = await client.PostSignInAsync(email, Accounts.Password, "/de/account/sign-in?returnUrl=%2Faccount%2Forders");
        Assert.That(signIn.Headers.Location?.OriginalString, Does.StartWith("/de/account/sign-in/two-factor"));
        var (_, code) = await client.GetPageAsync(signIn.Headers.Location!.OriginalString);
        var wrong = await client.SubmitAsync(code, "/de/account/sign-in/two-factor", new Dictionary<string, string> { ["Code"] = "000 000" });
        var recovery = code.QuerySelector("main p a")?.GetAttribute("href");
        Assert.Multiple(async () =>
        {
            Assert.That(code.Text("main h1"), Is.EqualTo("Code eingeben"));
            Assert.That((await wrong.ReadHtmlAsync()).Text(".form-errors"), Does.StartWith("Dieser Code hat nicht funktioniert."));
            Assert.That(recovery, Does.StartWith("/de/account/sign-in/recovery-code"));
            Assert.That(await H1Async(client, recovery!), Is.EqualTo("Wiederherstellungscode verwenden"));
        });
    }
}
