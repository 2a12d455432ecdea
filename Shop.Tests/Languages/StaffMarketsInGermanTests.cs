using System.Globalization;
using Shop.Tests.Checkout;
using Shop.Web.Markets;

namespace Shop.Tests.Languages;

/// <summary>
/// The dashboard, tax and shipping zones, discount codes and stock as a German (or French) staff member reads them:
/// headings, buttons and columns, a refusal beside its field, the notice after a change, and numbers, days and
/// amounts as the language writes them. Price bands are written and read with a decimal comma on a German page.
/// </summary>
public class StaffMarketsInGermanTests : ShopFixture
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    protected override Dictionary<string, string?> Settings => new() { ["Shop:Languages"] = "en,de,fr" };

    /// <summary>An admin (tax and shipping are theirs) who chose <paramref name="language"/> for the staff pages.</summary>
    private async Task<HttpClient> StaffAsync(string language)
    {
        var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("markets-" + language), Shop.Web.Account.Roles.Admin);
        await staff.GetAsync($"/language/{language}?returnUrl=%2Fadmin");
        return staff;
    }

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow); // the shop keeps UTC

    [Test]
    public async Task The_dashboard_in_German_names_its_figures_and_writes_days_and_amounts_the_German_way()
    {
        using var staff = await StaffAsync("de");
        var (_, page) = await staff.GetPageAsync("/admin?range=7d");
        var refused = await staff.GetAsync($"/admin?range=custom&from={Today.AddDays(1):yyyy-MM-dd}&to={Today.AddDays(2):yyyy-MM-dd}");
        var refusedPage = await refused.ReadHtmlAsync();

        Assert.Multiple(() =>
        {
            Assert.That(page.Text("h1"), Is.EqualTo("Übersicht"));
            Assert.That(page.Text("#range-7d"), Is.EqualTo("7 Tage"));
            Assert.That(page.Text("#range-custom"), Is.EqualTo("Diese Tage zeigen"));
            Assert.That(page.Text("label[for=range-from]"), Is.EqualTo("Erster Tag"));
            Assert.That(page.Texts(".sales-figure h3").Select(t => t.Replace("\u00AD", "")), Is.EqualTo(new[] { "Umsatz", "Bestellungen", "Durchschnittlicher Bestellwert", "Verkaufte Stück" }));
            Assert.That(page.Texts(".sales-figure h3")[2], Does.Contain("Durchschnitt\u00ADlicher"), "a phone's card breaks the long word where German would");
            Assert.That(page.Text(".period"), Is.EqualTo($"{Today.AddDays(-6).ToString("d. MMM yyyy", German)} – {Today.ToString("d. MMM yyyy", German)}"));
            Assert.That(page.Text(".sales-figures .revenue"), Does.Match(@"^[0-9.]+,[0-9]{2} \S+$"), "an amount with a decimal comma, the symbol after it");
            Assert.That(page.Text("#period-heading"), Does.Contain("im Vergleich zu"));
            Assert.That(page.QuerySelector("#revenue-chart")?.GetAttribute("aria-label"), Does.StartWith("Tagesumsatz, "));
            Assert.That(page.QuerySelector("#revenue-chart")?.GetAttribute("data-labels"), Does.Contain($"\"{Today.ToString("dd.MM.", German)}\""));
            Assert.That(page.Text(".low-stock-counts"), Does.Contain("mit niedrigem Bestand").And.Contain("ausverkauft"));
            Assert.That(page.Text(".top-products-basis"), Does.StartWith("Verkaufte Stück und ihr Erlös"));

            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(refusedPage.Text(".range-error"), Is.EqualTo("Der letzte Tag darf nicht nach heute liegen. Stattdessen werden die letzten 30 Tage gezeigt."));
        });
    }

    [Test]
    public async Task The_dashboard_in_French()
    {
        using var staff = await StaffAsync("fr");
        var (_, page) = await staff.GetPageAsync("/admin?range=today");

        Assert.Multiple(() =>
        {
            Assert.That(page.Text("h1"), Is.EqualTo("Tableau de bord"));
            Assert.That(page.Text("#range-today"), Is.EqualTo("Aujourd’hui"));
            Assert.That(page.Texts(".sales-figure h3")[0], Is.EqualTo("Chiffre d’affaires"));
            Assert.That(page.Text(".period"), Is.EqualTo(Today.ToString("d MMM yyyy", French)));
            Assert.That(page.Text(".sales-figures .revenue"), Does.Match(@"^[0-9 ]+,[0-9]{2} \S+$"));
            Assert.That(page.Text("#catalog-heading"), Is.EqualTo("Catalogue"));
        });
    }

    [Test]
    public async Task A_tax_zone_added_in_German_shows_its_rates_with_a_decimal_comma_and_a_space_before_the_percent_sign()
    {
        using var staff = await StaffAsync("de");
        var unknown = await staff.SubmitFormAsync("/admin/tax", "form.tax-zone-form", new Dictionary<string, string?>
        {
            ["Form.Name"] = "Luxemburg", ["Form.TaxName"] = "MwSt.", ["Form.Countries"] = "XX", ["Form.StandardPercent"] = "17",
        });
        var tooPrecise = await staff.SubmitFormAsync("/admin/tax", "form.tax-zone-form", new Dictionary<string, string?>
        {
            ["Form.Name"] = "Luxemburg", ["Form.TaxName"] = "MwSt.", ["Form.Countries"] = "LU", ["Form.StandardPercent"] = "8,8755",
        });
        var added = await staff.SubmitFormAsync("/admin/tax", "form.tax-zone-form", new Dictionary<string, string?>
        {
            ["Form.Name"] = "Luxemburg", ["Form.TaxName"] = "MwSt.", ["Form.Countries"] = "LU", ["Form.StandardPercent"] = "17", ["Form.ReducedPercent"] = "8,5",
        });
        var list = await staff.FollowAsync(added);
        var row = list.QuerySelectorAll(".tax-zones tbody tr").Single(r => r.TextContent.Contains("Luxemburg"));
        await staff.GetAsync("/language/fr?returnUrl=%2Fadmin%2Ftax");
        var (_, french) = await staff.GetPageAsync("/admin/tax");
        var frenchRow = french.QuerySelectorAll(".tax-zones tbody tr").Single(r => r.TextContent.Contains("Luxemburg"));

        Assert.Multiple(async () =>
        {
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await unknown.ReadHtmlAsync()).Text("[data-valmsg-for='Form.Countries']"), Is.EqualTo("„XX“ ist kein Ländercode (zwei Buchstaben, z. B. DE)."));
            Assert.That((await tooPrecise.ReadHtmlAsync()).Text("[data-valmsg-for='Form.StandardPercent']"),
                Is.EqualTo("Geben Sie den Satz mit höchstens drei Nachkommastellen an, etwa 8,875."));
            Assert.That(list.Text(".admin-notice"), Is.EqualTo("Steuerzone Luxemburg hinzugefügt."));
            Assert.That(list.Text("h1"), Is.EqualTo("Steuer"));
            Assert.That(list.Texts(".tax-zones th"), Is.EqualTo(new[] { "Zone", "Wo", "Standard", "Ermäßigt", "Aktionen" }));
            Assert.That(list.Text("main"), Does.Contain("Steuerzone hinzufügen").And.Contain("Ermäßigter Satz (%)"));
            Assert.That(row.QuerySelector("td[data-label='Ermäßigt']")?.TextContent, Is.EqualTo("8,5\u00A0%"), "never parted from its number");
            Assert.That(row.QuerySelector("td[data-label='Standard']")?.TextContent, Is.EqualTo("17\u00A0%"));
            Assert.That(frenchRow.QuerySelector("td[data-label='Réduit']")?.TextContent, Is.EqualTo("8,5\u00A0%"));
            Assert.That(french.Texts("main h2"), Does.Contain("Ajouter une zone fiscale"));
        });
    }

    [Test]
    public async Task Price_bands_in_German_are_written_with_a_decimal_comma_and_kept_as_the_shop_keeps_them()
    {
        using var staff = await StaffAsync("de");
        var created = await staff.SubmitFormAsync("/admin/shipping", "form.shipping-zone-form", new Dictionary<string, string?>
        {
            ["Form.Name"] = "Benelux", ["Form.Countries"] = "BE, NL",
        });
        var edit = await staff.FollowAsync(created);
        Dictionary<string, string?> Method(string bands) => new()
        {
            ["Method.Offered"] = "true", ["Method.Name"] = "DHL Paket", ["Method.Basis"] = "Weight", ["Method.Bands"] = bands,
            ["Method.FreeFrom"] = "49,90", ["Method.Days"] = "2",
        };
        var thousands = await (await staff.SubmitFormAsync(edit, "form.zone-method-standard", Method("0=4,95; 1.000=6,95"))).ReadHtmlAsync();
        var notABand = await (await staff.SubmitFormAsync(edit, "form.zone-method-standard", Method("0=4,95; 2000"))).ReadHtmlAsync();
        var saved = await staff.SubmitFormAsync(edit, "form.zone-method-standard", Method("0=4,95; 2000=6,95"));
        var after = await staff.FollowAsync(saved);
        var method = await App.WithDbAsync(db => db.ShippingZones.Where(z => z.Name == "Benelux").SelectMany(z => z.Methods).SingleAsync());
        var (_, list) = await staff.GetPageAsync("/admin/shipping");

        Assert.Multiple(() =>
        {
            Assert.That(edit.Text(".admin-notice"), Does.StartWith("Versandzone Benelux hinzugefügt"));
            Assert.That(edit.Text(".shipping-warning"), Does.StartWith("Nach Benelux wird noch nichts versandt: Adressen dort können erst bestellen"));
            Assert.That(edit.Text(".zone-method-standard h2"), Is.EqualTo("Standardversand"));
            Assert.That(edit.QuerySelector(".zone-method-standard input[name='Method.Bands']")?.GetAttribute("value"), Is.EqualTo("0=4,95"));
            Assert.That(edit.Text(".zone-method-standard .form-text"), Is.EqualTo("ab=Preis; z. B. 0=4,95; 2000=6,95 (ab 2 kg)."));
            Assert.That(edit.Text(".zone-method-standard button"), Is.EqualTo("Standardversand speichern"));

            Assert.That(thousands.Text(".zone-method-standard [data-valmsg-for='Method.Bands']"),
                Is.EqualTo("Schreiben Sie Beträge ohne Tausendertrennzeichen, etwa 1000 oder 10,50."), "1.000: a thousand, or one? Not guessed");
            Assert.That(notABand.Text(".zone-method-standard [data-valmsg-for='Method.Bands']"),
                Is.EqualTo("„2000“ ist keine Preisstufe: Schreiben Sie ab=Preis, z. B. 2000=6,95."));

            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(after.Text(".admin-notice"), Is.EqualTo("Standardversand für Benelux gespeichert."));
            Assert.That((method.Bands, method.FreeFrom), Is.EqualTo(("0=4.95; 2000=6.95", (decimal?)49.90m)), "kept as an English page keeps them");
            Assert.That(after.QuerySelector(".zone-method-standard input[name='Method.Bands']")?.GetAttribute("value"), Is.EqualTo("0=4,95; 2000=6,95"));
            Assert.That(after.QuerySelector(".zone-method-standard input[name='Method.FreeFrom']")?.GetAttribute("value"), Is.EqualTo("49,90"));
            Assert.That(list.Texts(".shipping-zones th"), Is.EqualTo(new[] { "Zone", "Wo", "Versandarten", "Aktionen" }));
            Assert.That(list.QuerySelectorAll(".shipping-zones tbody tr").Single(r => r.TextContent.Contains("Benelux")).QuerySelector("td[data-label='Versandarten']").Text(),
                Is.EqualTo("Standard: DHL Paket, 0=4,95; 2000=6,95 (Gramm), kostenlos ab 49,90, 2 Tage"));
        });
    }

    [Test]
    public async Task A_discount_code_made_in_German_is_refused_and_listed_in_German()
    {
        using var staff = await StaffAsync("de");
        var code = "HERBST-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var (_, form) = await staff.GetPageAsync("/admin/discounts/new");
        Dictionary<string, string?> Typed(string code, string startsAt, string endsAt) => new()
        {
            ["Code"] = code, ["Kind"] = "Percentage", ["Value"] = "12,5", ["MinimumSubtotal"] = "50", ["StartsAt"] = startsAt, ["EndsAt"] = endsAt,
            ["ProductIds"] = null, // none chosen (a browser sends nothing for the list)
        };
        var refused = await (await staff.SubmitFormAsync(form, "form.discount-form", Typed("", "2030-12-24T00:00", "2030-12-23T00:00"))).ReadHtmlAsync();
        var created = await staff.SubmitFormAsync(form, "form.discount-form", Typed(code, "", "2030-12-24T00:00"));
        var list = await staff.FollowAsync(created);
        var row = list.QuerySelectorAll(".discount-row").Single(r => r.TextContent.Contains(code));
        var href = row.QuerySelector(".discount-code a")!.GetAttribute("href");
        var disabled = await staff.FollowAsync(await staff.SubmitFormAsync(list, $"form.disable-discount[action='{href}/disable']"));
        await staff.GetAsync("/language/fr?returnUrl=%2Fadmin%2Fdiscounts");
        var (_, french) = await staff.GetPageAsync("/admin/discounts");
        var frenchRow = french.QuerySelectorAll(".discount-row").Single(r => r.TextContent.Contains(code));

        Assert.Multiple(() =>
        {
            Assert.That(form.Text("h1"), Is.EqualTo("Neuer Rabattcode"));
            Assert.That(form.Texts("select[name=Kind] option"), Is.EqualTo(new[] { "Prozentrabatt", "Fester Betrag", "Kostenloser Standardversand" }));
            Assert.That(form.Text("label[for=StartsAt]"), Is.EqualTo("Beginnt (UTC, optional)"));
            Assert.That(refused.Text("[data-valmsg-for=Code]"), Is.EqualTo("Geben Sie den Code ein, den Kunden eingeben."));
            Assert.That(refused.Text("[data-valmsg-for=EndsAt]"), Is.EqualTo("Ein Rabatt muss nach seinem Beginn enden."));

            Assert.That(list.Text(".admin-notice"), Is.EqualTo($"Code {code} angelegt."));
            Assert.That(list.Text("h1"), Is.EqualTo("Rabattcodes"));
            Assert.That(list.Texts(".admin-discounts th"), Is.EqualTo(new[] { "Code", "Konditionen", "Status", "Einlösungen", "Bestellungen", "Umsatz", "Rabatt auf Waren", "Aktionen" }));
            Assert.That(row.QuerySelector(".discount-terms").Text(), Does.StartWith("12,5 % Rabatt · Bestellungen ab 50,00").And.EndWith(" · bis 24. Dez. 2030 00:00 UTC"));
            Assert.That(row.QuerySelector(".discount-terms")?.TextContent, Does.StartWith("12,5\u00A0% Rabatt"));
            Assert.That(row.QuerySelector(".discount-state").Text(), Is.EqualTo("Aktiv"));
            Assert.That(row.QuerySelector(".discount-revenue").Text(), Does.Match(@"^0,00 \S+$"));
            Assert.That(disabled.Text(".admin-notice"), Is.EqualTo($"Code {code} deaktiviert: Kunden können ihn nicht mehr einlösen."));
            Assert.That(disabled.QuerySelectorAll(".discount-row").Single(r => r.TextContent.Contains(code)).QuerySelector(".discount-state").Text(), Is.EqualTo("Deaktiviert"));

            Assert.That(french.Texts(".admin-discounts th").Take(4), Is.EqualTo(new[] { "Code", "Conditions", "État", "Utilisations" }));
            Assert.That(frenchRow.QuerySelector(".discount-terms").Text(), Does.StartWith("12,5 % de remise").And.EndWith(" · jusqu’au 24 déc. 2030 00:00 UTC"));
            Assert.That(frenchRow.QuerySelector(".discount-state").Text(), Is.EqualTo("Désactivé"));
        });
    }

    [Test]
    public async Task Stock_adjusted_in_German_says_why_it_was_refused_and_what_is_on_hand()
    {
        using var staff = await StaffAsync("de");
        var (_, _, id) = await App.ProductAsync(skip: 2);
        var onHand = await App.WithDbAsync(db => db.Variants.Where(v => v.ProductId == id).Select(v => v.StockOnHand).SingleAsync());
        var (_, page) = await staff.GetPageAsync($"/admin/stock/{id}");
        var noReason = await (await staff.SubmitFormAsync(page, "form.stock-form", new Dictionary<string, string?> { ["Delta"] = "5", ["Reason"] = "" })).ReadHtmlAsync();
        var tooMany = await (await staff.SubmitFormAsync(page, "form.stock-form",
            new Dictionary<string, string?> { ["Delta"] = $"-{onHand + 1}", ["Reason"] = "Correction" })).ReadHtmlAsync();
        var adjusted = await staff.FollowAsync(await staff.SubmitFormAsync(page, "form.stock-form",
            new Dictionary<string, string?> { ["Delta"] = "3", ["Reason"] = "Received", ["Note"] = "Lieferung" }));
        var (_, low) = await staff.GetPageAsync("/admin/stock");

        Assert.Multiple(() =>
        {
            Assert.That(page.Text("label[for=Reason]"), Is.EqualTo("Grund"));
            Assert.That(page.Texts("#Reason option"), Is.EqualTo(new[] { "Bitte wählen…", "Wareneingang", "Beschädigt", "Korrektur" }));
            Assert.That(page.Text(".stock-form button"), Is.EqualTo("Anpassen"));
            Assert.That(noReason.Text("[data-valmsg-for=Reason]"), Is.EqualTo("Wählen Sie, warum sich der Bestand ändert."));
            Assert.That(tooMany.Text("[data-valmsg-for=Delta]"),
                Is.EqualTo($"Der Bestand kann nicht unter null fallen: {onHand} auf Lager, also können höchstens {onHand} abgezogen werden."));

            Assert.That(adjusted.Text(".admin-notice"), Is.EqualTo($"Bestand angepasst: {onHand + 3} auf Lager."));
            Assert.That(adjusted.Text(".on-hand"), Is.EqualTo((onHand + 3).ToString()));
            Assert.That(adjusted.Texts(".stock-history th"), Is.EqualTo(new[] { "Wann (UTC)", "Wer", "Grund", "Stück", "Bestand danach", "Notiz" }));
            Assert.That(adjusted.Text(".stock-history tbody tr td[data-label=Grund]"), Is.EqualTo("Wareneingang"));
            Assert.That(adjusted.Text(".stock-history tbody tr td[data-label=Wann]"), Does.Match(@"^\d{1,2}\. \p{L}+\.? \d{4} \d{2}:\d{2}$"), "6. Dez. 2026 03:42");
            Assert.That(low.Text("h1"), Is.EqualTo("Geringer Bestand"));
            Assert.That(low.Texts(".low-stock-tabs a").Select(t => t[..t.LastIndexOf(' ')]), Is.EqualTo(new[] { $"Geringer Bestand (1–{Shop.Web.Admin.Stock.StockAdjustments.LowStockThreshold})", "Ausverkauft (0)" }));
        });
    }
}
