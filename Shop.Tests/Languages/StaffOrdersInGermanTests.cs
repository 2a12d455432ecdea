using System.Globalization;
using System.Resources;
using Shop.Domain.Reviews;
using Shop.Tests.Orders;
using Shop.Web.Admin.Orders;

namespace Shop.Tests.Languages;

/// <summary>
/// The staff's order, return, customer, audit and review pages in German and French: headings, buttons, table headers,
/// a refused form's message beside its field, the notice after an action, what the domain says when it refuses, and
/// days and amounts written the language's way. The shopper's own mails keep the shopper's language.
/// </summary>
public class StaffOrdersInGermanTests : OrdersFixture
{
    protected override Dictionary<string, string?> ShopSettings => new() { ["Shop:Languages"] = "en,de,fr" };

    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");
    private HttpClient deutsch = null!, francais = null!, admin = null!;

    [OneTimeSetUp]
    public async Task ChooseLanguages()
    {
        deutsch = await StaffSpeakingAsync("de", Roles.Staff);
        francais = await StaffSpeakingAsync("fr", Roles.Staff);
        admin = await StaffSpeakingAsync("de", Roles.Admin);
    }

    [OneTimeTearDown]
    public void SignOut()
    {
        deutsch.Dispose();
        francais.Dispose();
        admin.Dispose();
    }

    private async Task<HttpClient> StaffSpeakingAsync(string language, string role)
    {
        var client = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail($"staff-{language}"), role);
        var chosen = await client.GetAsync($"/language/{language}?returnUrl=%2Fadmin");
        Assert.That(chosen.Headers.Location?.ToString(), Is.EqualTo("/admin"));
        return client;
    }

    // Text() reads a non-breaking space as a space, as a reader sees it.
    private static string Seen(string text) => text.Replace('\u00A0', ' ');

    private static string Seen(Money money, CultureInfo culture) => Seen(money.ToString(culture));

    // The shop's time zone is UTC here: what ShopText.StaffStamp writes for German and French.
    private static string Stamp(DateTimeOffset at, CultureInfo culture) =>
        at.UtcDateTime.ToString((culture.TwoLetterISOLanguageName == "de" ? "d. " : "d ") + "MMM yyyy HH:mm", culture);

    [Test]
    public async Task The_order_list_and_an_order_read_German_with_German_dates_and_amounts()
    {
        var email = Unique("liste");
        var number = await PlaceOrderAsync(email);
        var order = await OrderAsync(number);

        var (_, list) = await deutsch.GetPageAsync($"/admin/orders?Email={Uri.EscapeDataString(email)}");
        var (_, page) = await deutsch.GetPageAsync($"/admin/orders/{number}");
        var csv = await deutsch.GetStringAsync($"/admin/orders/export?Email={Uri.EscapeDataString(email)}");

        Assert.Multiple(() =>
        {
            Assert.That(csv, Does.Contain("Number,PlacedAtUtc,Email,Status").And.Contain($",{order.Total.ToInvariantString()},"), "the CSV's columns are for machines: the same in every language");
            Assert.That(list.DocumentElement.GetAttribute("lang"), Is.EqualTo("de"));
            Assert.That(list.Text("main h1"), Is.EqualTo("Bestellungen"));
            Assert.That(list.Texts(".admin-orders thead th"), Is.EqualTo(new[] { "Bestellung", "Bestellt (UTC)", "Kunde", "Status", "Artikel", "Gesamt" }));
            Assert.That(list.Text(".result-count"), Is.EqualTo("1 Bestellung"));
            Assert.That(list.Text(".admin-orders .order-status"), Is.EqualTo("Bezahlt"));
            Assert.That(list.Text(".admin-orders tbody td:nth-child(2)"), Is.EqualTo(Stamp(order.PlacedAt, German)), "6. Dez. 2026 14:05");
            Assert.That(list.Text(".admin-orders .order-total"), Is.EqualTo(Seen(order.Total, German)).And.Contain(","));
            Assert.That(list.QuerySelector(".admin-orders td.order-status")?.GetAttribute("data-label"), Is.EqualTo("Status"));
            Assert.That(list.Text("label[for=filter-attempts]"), Is.EqualTo("Unbezahlte Versuche anzeigen"));
            Assert.That(list.QuerySelector("#filter-from")?.GetAttribute("value"), Is.Null.Or.Empty, "a date field keeps its machine value");
            Assert.That(list.Text(".order-filter button"), Is.EqualTo("Filtern"));

            Assert.That(page.Text("main h1"), Is.EqualTo($"Bestellung {number}"));
            Assert.That(page.Text("main h1 .order-number"), Is.EqualTo(number));
            Assert.That(page.Text(".order-status"), Is.EqualTo("Bezahlt"));
            Assert.That(page.Text("main p.text-secondary"), Does.StartWith($"Bestellt am {Stamp(order.PlacedAt, German)} (UTC) von {email}"));
            Assert.That(page.Texts(".order-facts dt"), Does.Contain("Zahlungstransaktion").And.Contain("Bezahlt mit").And.Contain("Sendungsnummer"));
            Assert.That(page.Text(".paid-with"), Is.EqualTo("Karte"));
            Assert.That(page.Text(".tracking-number"), Is.EqualTo("nicht versandt"));
            Assert.That(page.Text(".refunded-amount"), Is.EqualTo($"{Seen(Money.Zero(order.Currency), German)} von {Seen(order.Total, German)} ({Seen(order.Total, German)} erstattbar)"));
            Assert.That(page.Text("#actions-heading"), Is.EqualTo("Aktionen"));
            Assert.That(page.Text("form.ship-form button"), Is.EqualTo("Als versandt markieren"));
            Assert.That(page.Text("form.cancel-form button"), Is.EqualTo("Bestellung stornieren"));
            Assert.That(page.Text("form.refund-form button"), Is.EqualTo("Erstatten"));
            Assert.That(page.Texts(".order-history thead th"), Is.EqualTo(new[] { "Wann (UTC)", "Status", "Notiz" }));
            Assert.That(page.Texts(".order-history tbody td:nth-child(2)"), Does.Contain("Bezahlt"));
            Assert.That(page.Text(".order-documents .packing-slip"), Is.EqualTo("Lieferschein (PDF)"));
            Assert.That(page.Text("form.ship-form select option[value='']"), Is.EqualTo("Andere"));
        });
    }

    [Test]
    public async Task A_German_staff_member_ships_after_a_refused_post_and_the_shopper_is_mailed_in_English()
    {
        var email = Unique("versand");
        var number = await PlaceOrderAsync(email);
        var (_, page) = await deutsch.GetPageAsync($"/admin/orders/{number}");

        var refused = await deutsch.SubmitFormAsync(page, "form.ship-form", new Dictionary<string, string?> { ["TrackingNumber"] = "" });
        var refusedPage = await refused.ReadHtmlAsync();
        var shipped = await deutsch.SubmitFormAsync(page, "form.ship-form", new Dictionary<string, string?> { ["TrackingNumber"] = "TRK-DE-1" });
        var (_, after) = await deutsch.GetPageAsync(shipped.Headers.Location!.ToString());
        var mail = App.LastMailTo(email);

        Assert.Multiple(() =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(refusedPage.Text("[data-valmsg-for=TrackingNumber]"), Is.EqualTo("Geben Sie die Sendungsnummer des Paketdienstes ein."));
            Assert.That(shipped.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(after.Text(".admin-notice"), Is.EqualTo($"Bestellung {number} ist versandt; der Kunde hat die Sendungsnummer erhalten."));
            Assert.That(after.Text(".order-status"), Is.EqualTo("Versandt"));
            Assert.That(after.Text("form.deliver-form button"), Is.EqualTo("Als zugestellt markieren"));
            Assert.That(mail.Subject, Does.Not.Contain("Bestellung").And.Contain(number), "the shopper bought in English: their mail stays English");
        });
    }

    [Test]
    public async Task What_the_order_refuses_and_what_a_note_needs_are_said_in_German()
    {
        var number = await PlaceOrderAsync(Unique("nein"));
        var (_, page) = await deutsch.GetPageAsync($"/admin/orders/{number}");

        // Not shipped yet: the domain refuses (in English), the page says it in German.
        var deliver = await deutsch.PostAsync($"/admin/orders/{number}/deliver", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = page.AntiforgeryToken("form.note-form"),
        }));
        var emptyNote = await deutsch.SubmitFormAsync(page, "form.note-form", new Dictionary<string, string?> { ["Text"] = "  " });
        var note = await deutsch.SubmitFormAsync(page, "form.note-form", new Dictionary<string, string?> { ["Text"] = "Paket nachwiegen." });
        var (_, after) = await deutsch.GetPageAsync(note.Headers.Location!.ToString());

        Assert.Multiple(async () =>
        {
            Assert.That(deliver.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((await deliver.ReadHtmlAsync()).Text(".order-error"),
                Is.EqualTo($"Bestellung {number} hat den Status „Bezahlt“ und kann nicht als zugestellt markiert werden."));
            Assert.That(emptyNote.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await emptyNote.ReadHtmlAsync()).Text("[data-valmsg-for=Text]"), Is.EqualTo("Schreiben Sie die Notiz."));
            Assert.That(after.Text(".admin-notice"), Is.EqualTo($"Interne Notiz zu Bestellung {number} hinzugefügt."));
            Assert.That(after.Text(".order-history .internal-note .badge"), Is.EqualTo("Intern"));
            Assert.That(after.Text(".order-history .internal-note"), Does.EndWith("Paket nachwiegen."), "the note as written");
        });
    }

    [Test]
    public async Task A_refund_typed_with_a_decimal_comma_is_confirmed_in_German_and_a_refund_too_large_is_refused_in_its_field()
    {
        var number = await PlaceOrderAsync(Unique("erstattung"));
        var order = await OrderAsync(number);
        Gateway.Settle(order.PaymentTransactionId!);
        var (_, page) = await deutsch.GetPageAsync($"/admin/orders/{number}");

        var noAmount = await deutsch.SubmitFormAsync(page, "form.refund-form", new Dictionary<string, string?> { ["Amount"] = "" });
        var confirm = await deutsch.SubmitFormAsync(page, "form.refund-form", new Dictionary<string, string?> { ["Amount"] = "1,50", ["RefundReason"] = "Kratzer" });
        var confirmPage = await confirm.ReadHtmlAsync();
        var tooMuch = await deutsch.SubmitFormAsync(page, "form.refund-form", new Dictionary<string, string?> { ["Amount"] = "100000" });
        var done = await deutsch.SubmitFormAsync(confirmPage, "form.confirm-refund");
        var (_, after) = await deutsch.GetPageAsync(done.Headers.Location!.ToString());
        var money = new Money(1.50m, order.Currency);

        Assert.Multiple(async () =>
        {
            Assert.That(noAmount.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await noAmount.ReadHtmlAsync()).Text("[data-valmsg-for=Amount]"), Is.EqualTo("Geben Sie den zu erstattenden Betrag ein."));
            Assert.That(confirm.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(confirmPage.Text("main h1"), Is.EqualTo($"{Seen(money, German)} für Bestellung {number} erstatten?"));
            Assert.That(confirmPage.Text("main h1 .confirm-amount"), Is.EqualTo(Seen(money, German)));
            Assert.That(confirmPage.Text(".confirm-reason"), Is.EqualTo("Grund: Kratzer"));
            Assert.That(confirmPage.Text("form.confirm-refund button"), Is.EqualTo($"{Seen(money, German)} erstatten"));
            Assert.That(confirmPage.Text("form.confirm-refund a"), Is.EqualTo("Nicht erstatten"));
            Assert.That(confirmPage.QuerySelector("form.confirm-refund input[name=Amount]")?.GetAttribute("value"), Is.EqualTo("1.50"), "posted back as the machine reads it");
            Assert.That(tooMuch.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((await tooMuch.ReadHtmlAsync()).Text(".order-error"),
                Is.EqualTo($"Bei Bestellung {number} sind nur noch {Seen(order.Total, German)} zu erstatten, nicht {Seen(new Money(100000m, order.Currency), German)}."));
            Assert.That(after.Text(".admin-notice"), Is.EqualTo($"{Seen(money, German)} für Bestellung {number} erstattet."));
            Assert.That(after.Text(".order-status"), Is.EqualTo("Teilweise erstattet"));
            Assert.That(after.Texts(".order-refunds thead th"), Is.EqualTo(new[] { "Erstattet", "Grund", "Betrag", "Davon Steuern", "Rechnungskorrektur" }));
        });
    }

    [Test]
    public async Task A_French_staff_member_is_asked_to_confirm_a_cancellation_in_French()
    {
        var number = await PlaceOrderAsync(Unique("annule"));
        var (_, page) = await francais.GetPageAsync($"/admin/orders/{number}");

        var noReason = await francais.SubmitFormAsync(page, "form.cancel-form", new Dictionary<string, string?> { ["Reason"] = "" });
        var confirm = await francais.SubmitFormAsync(page, "form.cancel-form", new Dictionary<string, string?> { ["Reason"] = "Rupture" });
        var confirmPage = await confirm.ReadHtmlAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(page.DocumentElement.GetAttribute("lang"), Is.EqualTo("fr"));
            Assert.That(page.Text("main h1"), Is.EqualTo($"Commande {number}"));
            Assert.That(page.Text(".order-status"), Is.EqualTo("Payée").Or.EqualTo("Payé"), "the storefront's word for it");
            Assert.That(page.Text("label[for=Reason]"), Is.EqualTo("Motif d’annulation (visible par le client)"));
            Assert.That(noReason.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await noReason.ReadHtmlAsync()).Text("[data-valmsg-for=Reason]"),
                Is.EqualTo(Seen("Indiquez pourquoi la commande est annulée\u00A0; le client le verra dans l’historique de sa commande.")));
            Assert.That(confirmPage.Text("main h1"), Is.EqualTo(Seen($"Annuler la commande {number}\u00A0?")));
            Assert.That(confirmPage.Text(".confirm-money"), Does.Contain(Seen("Le client est prévenu, avec votre motif\u00A0: «\u00A0Rupture\u00A0».")));
            Assert.That(confirmPage.Text("form.confirm-cancel a"), Is.EqualTo("Garder la commande"));
        });
    }

    [Test]
    public async Task The_fulfilment_queue_refuses_and_ships_in_German()
    {
        var number = await PlaceOrderAsync(Unique("queue"));
        var (_, queue) = await deutsch.GetPageAsync("/admin/orders/to-fulfil");

        var nothingTicked = await deutsch.SubmitFormAsync(queue, "form.bulk-ship-form", new Dictionary<string, string?> { ["Selected"] = null });
        var shipped = await deutsch.SubmitFormAsync(queue, "form.bulk-ship-form", new Dictionary<string, string?>
        {
            ["Selected"] = number, [$"Tracking[{number}]"] = "TRK-Q-1",
        });
        var (_, after) = await deutsch.GetPageAsync(shipped.Headers.Location!.ToString());

        Assert.Multiple(async () =>
        {
            Assert.That(queue.Text("main h1"), Is.EqualTo("Zu versenden"));
            Assert.That(queue.Text(".bulk-ship-form button.btn-primary"), Is.EqualTo("Ausgewählte als versandt markieren"));
            Assert.That(queue.QuerySelector($"#pick-{number}")?.GetAttribute("aria-label"), Is.EqualTo($"Bestellung {number} versenden"));
            Assert.That(nothingTicked.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await nothingTicked.ReadHtmlAsync()).Text(".bulk-errors"), Is.EqualTo("Wählen Sie die Bestellungen aus, die als versandt markiert werden sollen."));
            Assert.That(after.Text(".admin-notice"), Does.StartWith("1 Bestellung als versandt markiert; der Kunde hat seine Sendungsnummer erhalten."));
        });
    }

    [Test]
    public async Task A_return_is_handled_in_French()
    {
        var (me, _, number) = await DeliveredAsync();
        using var _ = me;
        await AskAsync(me, number, "1", "Trop petit");
        var id = await App.WithDbAsync(db => db.Returns.Where(r => r.OrderNumber == number).Select(r => r.Id).SingleAsync());
        var requestedAt = await App.WithDbAsync(db => db.Returns.Where(r => r.Id == id).Select(r => r.RequestedAt).SingleAsync());

        var (_, list) = await francais.GetPageAsync("/admin/returns?all=true");
        var (_, page) = await francais.GetPageAsync($"/admin/returns/{id}");
        var noReason = await francais.SubmitFormAsync(page, "form.refuse-form", new Dictionary<string, string?> { ["reason"] = "" });
        var approved = await francais.SubmitFormAsync(page, "form.approve-form");
        var (_, after) = await francais.GetPageAsync(approved.Headers.Location!.ToString());

        Assert.Multiple(async () =>
        {
            Assert.That(list.Text("main h1"), Is.EqualTo("Retours"));
            Assert.That(list.Texts(".admin-returns thead th"), Is.EqualTo(new[] { "Retour", "Commande", "Demandé (UTC)", "Client", "Statut", "Articles" }));
            Assert.That(list.QuerySelector($".admin-returns a[href='/admin/returns/{id}']")?.TextContent, Is.EqualTo($"Retour {id}"));
            Assert.That(page.Text("main h1"), Is.EqualTo($"Retour {id} de la commande {number}"));
            Assert.That(page.Text(".return-status"), Is.EqualTo("Demandé"));
            Assert.That(page.Text("main p.text-secondary"), Does.StartWith($"Demandé le {Stamp(requestedAt, French)} (UTC) par"));
            Assert.That(page.Text("form.approve-form button"), Is.EqualTo("Accepter le retour"));
            Assert.That(page.Texts(".return-lines thead th"), Is.EqualTo(new[] { "Article", "SKU", "Qté", "Motif", "Remis en stock" }));
            Assert.That(page.Text(".return-lines tbody td:last-child"), Is.EqualTo("Pas encore reçu"));
            Assert.That(noReason.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await noReason.ReadHtmlAsync()).Text(".return-error"), Is.EqualTo(Seen("Indiquez pourquoi le retour est refusé\u00A0: le client le lira.")));
            Assert.That((await noReason.ReadHtmlAsync()).QuerySelector(".return-error")?.TextContent, Does.Contain("refusé\u00A0:"), "French typography");
            Assert.That(after.Text(".admin-notice"), Is.EqualTo(Seen($"Retour {id} de la commande {number}\u00A0: accepté\u00A0; le client a été prévenu par e-mail.")));
            Assert.That(after.Text(".return-status"), Is.EqualTo("Accepté"));
            Assert.That(after.Text("form.receive-form button"), Is.EqualTo("Marquer les articles comme reçus"));
        });
    }

    [Test]
    public async Task Customers_and_the_audit_log_read_German_for_an_admin()
    {
        var email = Unique("kundin");
        var customer = await App.CreateAccountAsync(email);
        var (_, list) = await admin.GetPageAsync($"/admin/customers?q={Uri.EscapeDataString(email)}");
        var (_, detail) = await admin.GetPageAsync($"/admin/customers/{Uri.EscapeDataString(customer.Id)}");
        var locked = await admin.SubmitFormAsync(detail, "form.lock-form");
        var (_, after) = await admin.GetPageAsync(locked.Headers.Location!.ToString());
        var (_, audit) = await admin.GetPageAsync($"/admin/audit?entity=User&id={Uri.EscapeDataString(customer.Id)}");
        var createdAt = await App.WithDbAsync(db => db.Users.Where(u => u.Id == customer.Id).Select(u => u.CreatedAt).SingleAsync());

        Assert.Multiple(() =>
        {
            Assert.That(list.Text("main h1"), Is.EqualTo("Kunden"));
            Assert.That(list.Text(".result-count"), Is.EqualTo("1 Konto"));
            Assert.That(list.Texts(".admin-customers thead th"), Is.EqualTo(new[] { "E-Mail", "Name", "Registriert", "Status" }));
            Assert.That(list.Text(".admin-customers tbody td:nth-child(3)"), Is.EqualTo(createdAt.UtcDateTime.ToString("d. MMM yyyy", German)));
            Assert.That(list.QuerySelector("#customer-search")?.GetAttribute("placeholder"), Is.EqualTo("E-Mail oder Name"));
            Assert.That(detail.Text(".account-roles"), Is.EqualTo("Kunde"));
            Assert.That(detail.Text("form.lock-form button"), Is.EqualTo("Konto sperren"));
            Assert.That(detail.Text("form.role-staff button"), Is.EqualTo("Zum Mitarbeiter machen"));
            Assert.That(detail.Text("form.role-admin button"), Is.EqualTo("Zum Administrator machen"));
            Assert.That(after.Text(".admin-notice"), Is.EqualTo("Konto gesperrt: Es kann sich erst nach dem Entsperren wieder anmelden."));
            Assert.That(after.Text(".account-status"), Is.EqualTo("Gesperrt"));
            Assert.That(audit.Text("main h1"), Is.EqualTo("Protokoll"));
            Assert.That(audit.Texts(".audit-log thead th"), Is.EqualTo(new[] { "Wann (UTC)", "Wer", "Was", "Aktion", "Vorher", "Nachher" }));
            Assert.That(audit.Text(".audit-log .audit-action"), Is.EqualTo("Gesperrt"), "the recorded action, in German");
            Assert.That(audit.QuerySelector(".audit-log .audit-action")?.GetAttribute("title"), Is.EqualTo("Locked"), "what the log recorded, as recorded");
            Assert.That(audit.Text(".audit-log tbody td:first-child"), Does.Match(@"^\d{1,2}\. \w+\.? \d{4} \d\d:\d\d:\d\d$"), "6. Dez. 2026 14:05:09");
        });
    }

    [Test]
    public async Task Reviews_are_moderated_in_German()
    {
        var (_, productId, _) = await ProductAsync(3);
        var userId = (await App.CreateAccountAsync(Accounts.UniqueEmail("rezensent"))).Id;
        var reviewId = await App.WithDbAsync(async db =>
        {
            var review = ProductReview.Write(productId, userId, "Grete", bought: true, stars: 4, "", DateTimeOffset.UtcNow);
            db.Add(review);
            await db.SaveChangesAsync();
            return review.Id;
        });
        var (_, queue) = await deutsch.GetPageAsync("/admin/reviews");
        var row = $".review-row[data-review-id='{reviewId}']";
        var tooLong = await deutsch.SubmitFormAsync(queue, $"{row} form.reply-form", new Dictionary<string, string?> { ["Reply"] = new string('x', ProductReview.ReplyMax + 1) });
        var approved = await deutsch.SubmitFormAsync(queue, $"{row} form.approve-form");
        var (_, after) = await deutsch.GetPageAsync(approved.Headers.Location!.ToString());

        Assert.Multiple(async () =>
        {
            Assert.That(queue.Text("main h1"), Does.StartWith("Bewertungen"));
            Assert.That(queue.Text(".to-moderate-count"), Does.EndWith(" zu prüfen"));
            Assert.That(queue.Texts(".review-tabs a"), Is.EqualTo(new[] { queue.Text(".review-tabs a"), "Freigegeben", "Ausgeblendet" }));
            Assert.That(queue.Text(".review-tabs a"), Does.StartWith("Zu prüfen ("));
            Assert.That(queue.Text($"{row} .review-text"), Is.EqualTo("(nur Sterne)"));
            Assert.That(queue.Text($"{row} .rating .visually-hidden"), Is.EqualTo("4 von 5 Sternen"));
            Assert.That(queue.Text($"{row} form.approve-form button"), Is.EqualTo("Freigeben").Or.EqualTo("Annehmen"));
            Assert.That(queue.Text($"{row} form.reply-form button"), Is.EqualTo("Antwort speichern"));
            Assert.That(tooLong.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await tooLong.ReadHtmlAsync()).Text($"{row} .reply-error"), Is.EqualTo($"Die Antwort darf höchstens {ProductReview.ReplyMax} Zeichen lang sein."));
            Assert.That(after.Text(".admin-notice"), Is.EqualTo("Bewertung freigegeben: Sie erscheint auf der Produktseite."));
        });
    }

    [Test]
    public async Task The_staff_toasts_come_with_the_page_in_its_language()
    {
        var (_, german) = await deutsch.GetPageAsync("/admin/orders");
        var (_, french) = await francais.GetPageAsync("/admin/orders");
        var (_, english) = await Staff.GetPageAsync("/admin/orders");

        Assert.Multiple(() =>
        {
            Assert.That(german.Body!.GetAttribute("data-text-new-order"), Is.EqualTo("Neue Bestellung"));
            Assert.That(german.Body!.GetAttribute("data-text-order"), Is.EqualTo("Bestellung {0}, {1}"));
            Assert.That(german.Body!.GetAttribute("data-text-only-left"), Is.EqualTo("{0}: nur noch {1} übrig"));
            Assert.That(french.Body!.GetAttribute("data-text-low-stock"), Is.EqualTo("Stock faible"));
            Assert.That(french.Body!.GetAttribute("data-text-none-left"), Is.EqualTo("{0}\u00A0: épuisé"), "a non-breaking space before the colon");
            Assert.That(english.Body!.GetAttribute("data-text-new-order"), Is.EqualTo("New order"));
            Assert.That(german.QuerySelector("nav.navbar")?.GetAttribute("aria-label"), Is.EqualTo("Hauptmenü"));
        });
    }
}
