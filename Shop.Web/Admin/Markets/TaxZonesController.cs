using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Domain;
using Shop.Domain.Markets;
using Shop.Web.Admin.Audit;
using Shop.Web.Data;
using Shop.Web.Languages;
using Shop.Web.Markets;

namespace Shop.Web.Admin.Markets;

/// <summary>Tax zones and their rates; with none, the shop's single rate from its settings applies everywhere.</summary>
[Route("admin/tax")]
public sealed class TaxZonesController(ShopDbContext db, AuditTrail audit, IOptions<ShopOptions> options) : AdminController
{
    public const string EntityType = nameof(TaxZone);

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await PageAsync(new TaxZoneForm(), ct));

    [HttpPost("")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] TaxZoneForm form, CancellationToken ct)
    {
        var zone = ModelState.IsValid ? Build(form, null, "Form.") : null;
        if (zone is null || await ZoneClashes.FoundAsync(ModelState, "Form.", zone, db.TaxZones, ct)) return Invalid("Index", await PageAsync(form, ct));
        db.TaxZones.Add(zone);
        await db.SaveChangesAsync(ct);
        audit.Record(Staff, EntityType, zone.Id, "Created", after: Snapshot(zone));
        await db.SaveChangesAsync(ct);
        Notice(ShopText.Translate("Added the tax zone {0}.", zone.Name));
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await db.TaxZones.AsNoTracking().FirstOrDefaultAsync(z => z.Id == id, ct) is { } z
            ? View(new TaxZoneForm
            {
                Id = z.Id, Name = z.Name, TaxName = z.TaxName, Countries = z.Countries, Regions = z.Regions,
                StandardPercent = z.StandardRate * 100m, ReducedPercent = z.ReducedRate * 100m,
                Version = await db.TaxZones.VersionAsync(x => x.Id == id, ct),
            })
            : NotFound();

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, TaxZoneForm form, CancellationToken ct)
    {
        var zone = await db.TaxZones.FirstOrDefaultAsync(z => z.Id == id, ct);
        if (zone is null) return NotFound();
        form.Id = id;
        var before = Snapshot(zone);
        if (!ModelState.IsValid || Build(form, zone, "") is null || await ZoneClashes.FoundAsync(ModelState, "", zone, db.TaxZones, ct)) return Invalid("Edit", form);
        audit.Record(Staff, EntityType, zone.Id, "Edited", before, Snapshot(zone));
        if (!await db.SaveEditAsync(zone, form.Version, ct))
        {
            form.Version = await db.TaxZones.VersionAsync(x => x.Id == id, ct);
            return Stale("Edit", form);
        }
        Notice(ShopText.Translate("Saved the tax zone {0}.", zone.Name));
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var zone = await db.TaxZones.FirstOrDefaultAsync(z => z.Id == id, ct);
        if (zone is null) return NotFound();
        db.TaxZones.Remove(zone);
        audit.Record(Staff, EntityType, zone.Id, "Deleted", before: Snapshot(zone));
        await db.SaveChangesAsync(ct);
        Notice(ShopText.Translate("Deleted the tax zone {0}.", zone.Name));
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Loads the demo EU and US tax and shipping zones into a shop that has none, to adapt.</summary>
    [HttpPost("demo")]
    public async Task<IActionResult> LoadDemo(CancellationToken ct)
    {
        if (await db.TaxZones.AnyAsync(ct) || await db.ShippingZones.AnyAsync(ct))
        {
            Notice(ShopText.Translate("The demo setup goes only into a shop without tax or shipping zones."));
            return RedirectToAction(nameof(Index));
        }
        var currency = options.Value.CurrencyCode;
        try
        {
            DemoMarkets.AddTo(db, currency);
        }
        catch (DomainException)
        {
            Notice(ShopText.Translate("The demo setup's shipping prices have cents, which amounts in {0} do not: set up your zones yourself.", currency));
            return RedirectToAction(nameof(Index));
        }
        audit.Record(Staff, "Markets", "demo", "DemoLoaded", after: new
        {
            Tax = DemoMarkets.TaxZones().Select(Snapshot),
            Shipping = DemoMarkets.ShippingZones(currency).Select(z => z.Name),
        });
        await db.SaveChangesAsync(ct);
        Notice(ShopText.Translate("Loaded the demo setup: VAT for DE, FR, NL and AT, sales tax for NY and CA, and shipping zones for Germany, the EU and the US."));
        return RedirectToAction(nameof(Index));
    }

    /// <param name="prefix">Where the form's fields sit: "Form." on the list page, nothing on the edit page.</param>
    private TaxZone? Build(TaxZoneForm form, TaxZone? zone, string prefix)
    {
        try
        {
            // No reduced rate (Denmark, say): reduced goods pay the standard rate, not nothing.
            var (standard, reduced) = (form.StandardPercent!.Value / 100m, (form.ReducedPercent ?? form.StandardPercent!.Value) / 100m);
            if (zone is null) return new TaxZone(form.Name!, form.TaxName!, form.Countries!, form.Regions, standard, reduced);
            zone.Change(form.Name!, form.TaxName!, form.Countries!, form.Regions, standard, reduced);
            return zone;
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(prefix + (e.Message.Contains("region", StringComparison.OrdinalIgnoreCase) ? nameof(form.Regions) : nameof(form.Countries)), MarketSentences.Translate(e.Message));
            return null;
        }
    }

    /// <summary>Whether the zone covers a place another zone already does (the form then says which).</summary>
    private async Task<TaxZonesPage> PageAsync(TaxZoneForm form, CancellationToken ct)
    {
        var zones = await db.TaxZones.AsNoTracking().OrderBy(z => z.Name).ToListAsync(ct);
        var canLoadDemo = zones.Count == 0 && !await db.ShippingZones.AnyAsync(ct);
        return new TaxZonesPage(zones, form, options.Value.Tax, canLoadDemo);
    }

    private static object Snapshot(TaxZone z) => new { z.Name, z.TaxName, z.Countries, z.Regions, z.StandardRate, z.ReducedRate };
}
