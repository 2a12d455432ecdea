using Shop.Domain.Catalog;
using Shop.Tests.Orders;
using Shop.Web.Admin.Orders;
using Shop.Web.Admin.Stock;

namespace Shop.Tests.Languages;

/// <summary>
/// What the shop wrote in English into an order's history and a product's stock history reads in the staff member's
/// language on the staff pages, with its values; what staff typed stays as typed, and what is stored does not change.
/// </summary>
public class StaffStoredNotesInGermanTests : OrdersFixture
{
    protected override Dictionary<string, string?> ShopSettings => new() { ["Shop:Languages"] = "en,de,fr" };

    private async Task<HttpClient> StaffSpeakingAsync(string language)
    {
        var client = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail($"notizen-{language}"), Roles.Staff);
        var chosen = await client.GetAsync($"/language/{language}?returnUrl=%2Fadmin");
        Assert.That(chosen.Headers.Location?.ToString(), Is.EqualTo("/admin"));
        return client;
    }

    [Test]
    public async Task An_orders_history_reads_German_and_a_typed_note_stays_as_typed()
    {
        using var deutsch = await StaffSpeakingAsync("de");
        var number = await PlaceOrderAsync(Unique("verlauf"));
        await App.WithDbAsync(async db =>
        {
            var order = await db.Orders.Include(o => o.History).SingleAsync(o => o.Number == number);
            order.AddInternalNote(HistoryNotes.Write(HistoryNotes.ReturnClosed, 7), DateTimeOffset.UtcNow);
            order.AddStaffNote("Order placed. Bitte zweimal verpacken", forShopper: false, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });

        var (_, page) = await deutsch.GetPageAsync($"/admin/orders/{number}");
        var notes = page.Texts(".order-history tbody td:nth-child(3)");
        var stored = (await OrderAsync(number)).History.Select(h => h.Note).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(notes, Does.Contain("Bestellung aufgegeben."));
            Assert.That(notes.Any(n => n.StartsWith("Bezahlt (Transaktion ")), Is.True, string.Join("\n", notes));
            Assert.That(notes, Does.Contain("Intern Rücksendung 7 abgeschlossen: Bei der Bestellung ist nichts mehr zu erstatten."));
            Assert.That(notes, Does.Contain("Intern Order placed. Bitte zweimal verpacken"), "typed by staff: as typed");
            Assert.That(stored, Does.Contain("Order placed.").And.Contain("Return 7 closed: the order has nothing left to refund."), "stored as written");
        });
    }

    [Test]
    public async Task A_stock_history_reads_German_and_a_typed_note_stays_as_typed()
    {
        using var deutsch = await StaffSpeakingAsync("de");
        var (_, productId, _) = await ProductAsync(1);
        await App.WithDbAsync(async db =>
        {
            var variant = await db.Variants.FirstAsync(v => v.ProductId == productId);
            db.StockMovements.Add(new StockMovement(productId, variant.Id, variant.StockOnHand, 3, StockMovementReason.Received,
                StockNotes.Write(StockNotes.AddedToSelected, 2), "staff", "staff@example.com", DateTimeOffset.UtcNow));
            db.StockMovements.Add(new StockMovement(productId, variant.Id, variant.StockOnHand, 1, StockMovementReason.Received,
                "Palette 7, Opening stock", "staff", "staff@example.com", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });

        var (_, page) = await deutsch.GetPageAsync($"/admin/stock/{productId}");
        var notes = page.Texts(".stock-history tbody td[data-label=Notiz]");

        Assert.Multiple(() =>
        {
            Assert.That(notes, Does.Contain("2 ausgewählten Varianten auf einmal hinzugefügt."));
            Assert.That(notes, Does.Contain("Palette 7, Opening stock"), "typed by staff: as typed");
        });
    }

    [Test]
    public async Task The_audit_log_names_records_and_actions_in_German()
    {
        using var admin = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("protokoll"), Roles.Admin);
        await admin.GetAsync("/language/de?returnUrl=%2Fadmin");
        var (_, id, _) = await ProductAsync(1);
        await App.WithDbAsync(async db =>
        {
            db.AuditEntries.Add(new Shop.Web.Admin.Audit.AuditEntry(DateTimeOffset.UtcNow, new Shop.Web.Admin.StaffMember("x", "staff@example.com"), "Product", id.ToString(), "translation fr saved", null, null));
            await db.SaveChangesAsync();
        });

        var (_, log) = await admin.GetPageAsync($"/admin/audit?entity=Product&id={id}");

        Assert.Multiple(() =>
        {
            Assert.That(log.Texts(".audit-log .audit-action"), Does.Contain("Übersetzung (fr) gespeichert"));
            Assert.That(log.Text(".audit-log tbody td:nth-child(3)"), Is.EqualTo($"Produkt {id}"));
            Assert.That(log.QuerySelector("#entity option[value=Product]")?.Text(), Is.EqualTo("Produkt"));
        });
    }
}
