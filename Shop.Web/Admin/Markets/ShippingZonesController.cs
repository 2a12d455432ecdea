using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Domain;
using Shop.Domain.Checkout;
using Shop.Domain.Markets;
using Shop.Web.Admin.Audit;
using Shop.Web.Data;
using Shop.Web.Languages;
using Shop.Web.Markets;

namespace Shop.Web.Admin.Markets;

/// <summary>Shipping zones and their methods; with none, the flat rates from the shop's settings apply everywhere.</summary>
[Route("admin/shipping")]
public sealed class ShippingZonesController(ShopDbContext db, AuditTrail audit, IOptions<ShopOptions> options) : AdminController
{
    public const string EntityType = nameof(ShippingZone);

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await PageAsync(new ShippingZoneForm(), ct));

    [HttpPost("")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] ShippingZoneForm form, CancellationToken ct)
    {
        ShippingZone? zone = null;
        if (ModelState.IsValid)
        {
            try { zone = new ShippingZone(form.Name!, form.Countries!, form.Regions); }
            catch (DomainException e) { ModelState.AddModelError("Form.Countries", MarketSentences.Translate(e.Message)); }
        }
        if (zone is null || await ZoneClashes.FoundAsync(ModelState, "Form.", zone, db.ShippingZones, ct)) return Invalid("Index", await PageAsync(form, ct));
        var anyShipped = await db.ShippingZones.AnyAsync(z => z.Methods.Any(), ct);
        db.ShippingZones.Add(zone);
        await db.SaveChangesAsync(ct);
        audit.Record(Staff, EntityType, zone.Id, "Created", after: Snapshot(zone));
        await db.SaveChangesAsync(ct);
        Notice(ShippingWarnings.Added(zone, anyShipped));
        return RedirectToAction(nameof(Edit), new { id = zone.Id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await FindAsync(id, ct) is { } zone ? View(await EditPageAsync(zone, ct)) : NotFound();

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Zone")] ShippingZoneForm form, CancellationToken ct)
    {
        var zone = await FindAsync(id, ct);
        if (zone is null) return NotFound();
        var before = Snapshot(zone);
        if (ModelState.IsValid)
        {
            try { zone.Change(form.Name!, form.Countries!, form.Regions); }
            catch (DomainException e) { ModelState.AddModelError("Zone.Countries", MarketSentences.Translate(e.Message)); }
            if (ModelState.IsValid) await ZoneClashes.FoundAsync(ModelState, "Zone.", zone, db.ShippingZones, ct);
        }
        if (!ModelState.IsValid) return Invalid("Edit", await EditPageAsync(zone, ct) with { Zone = form });
        audit.Record(Staff, EntityType, zone.Id, "Edited", before, Snapshot(zone));
        if (!await db.SaveEditAsync(zone, form.Version, ct))
            return await FreshPageAsync(id, ct) is { } fresh ? Stale("Edit", fresh with { Zone = form }, "Zone.Version") : NotFound();
        Notice(ShopText.Translate("Saved the shipping zone {0}.", zone.Name));
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("{id:int}/methods")]
    public async Task<IActionResult> Method(int id, [Bind(Prefix = "Method")] ZoneMethodForm form, CancellationToken ct)
    {
        var zone = await FindAsync(id, ct);
        if (zone is null) return NotFound();
        var before = Snapshot(zone);
        if (ModelState.IsValid)
        {
            try
            {
                if (!form.Offered) zone.Withdraw(form.Kind);
                else
                {
                    var (bands, unreadable) = WrittenBands.Read(form.Bands!);
                    if (unreadable is not null) ModelState.AddModelError("Method.Bands", unreadable);
                    else zone.Offer(form.Kind, form.Name!, form.Basis, bands, form.FreeFrom, form.Days!.Value, options.Value.CurrencyCode);
                }
            }
            catch (DomainException e) { ModelState.AddModelError("Method.Bands", MarketSentences.Translate(e.Message)); }
        }
        if (!ModelState.IsValid) return Invalid("Edit", await EditPageAsync(zone, ct, form));
        audit.Record(Staff, EntityType, zone.Id, form.Offered ? "MethodSaved" : "MethodWithdrawn", before, Snapshot(zone));
        if (!await db.SaveEditAsync(zone, form.Version, ct))
        {
            if (await FreshPageAsync(id, ct) is not { } fresh) return NotFound();
            return Stale("Edit", fresh with { Methods = [.. fresh.Methods.Select(m => m.Kind == form.Kind ? form : m)], Refused = form.Kind }, "Method.Version");
        }
        var express = form.Kind == ShippingMethod.Express;
        Notice(form.Offered
            ? ShopText.Translate(express ? "Saved Express shipping for {0}." : "Saved Standard shipping for {0}.", zone.Name)
            : ShopText.Translate(express ? "{0} no longer gets Express shipping." : "{0} no longer gets Standard shipping.", zone.Name));
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var zone = await FindAsync(id, ct);
        if (zone is null) return NotFound();
        db.ShippingZones.Remove(zone);
        audit.Record(Staff, EntityType, zone.Id, "Deleted", before: Snapshot(zone));
        await db.SaveChangesAsync(ct);
        Notice(ShopText.Translate("Deleted the shipping zone {0}.", zone.Name));
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Whether the zone covers a place another zone already does (the form then says which).</summary>
    private Task<ShippingZone?> FindAsync(int id, CancellationToken ct) =>
        db.ShippingZones.Include(z => z.Methods).FirstOrDefaultAsync(z => z.Id == id, ct);

    private async Task<ShippingZonesPage> PageAsync(ShippingZoneForm form, CancellationToken ct) =>
        new(await db.ShippingZones.AsNoTracking().Include(z => z.Methods).OrderBy(z => z.Name).ToListAsync(ct), form, options.Value.Shipping);

    /// <summary>The page as the zone is saved now, after a stale save (what was typed goes back in by the caller).</summary>
    private async Task<ShippingZoneEditPage?> FreshPageAsync(int id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await FindAsync(id, ct) is { } zone ? await EditPageAsync(zone, ct) : null;
    }

    private async Task<ShippingZoneEditPage> EditPageAsync(ShippingZone zone, CancellationToken ct, ZoneMethodForm? invalid = null) => new(
        zone.Id, EditVersions.Of(db, zone),
        new ShippingZoneForm { Id = zone.Id, Name = zone.Name, Countries = zone.Countries, Regions = zone.Regions },
        [.. Enum.GetValues<ShippingMethod>().Select(kind => invalid?.Kind == kind ? invalid : ZoneMethodForm.Of(kind, zone.Methods.FirstOrDefault(m => m.Kind == kind)))],
        invalid?.Kind)
    {
        Warning = ShippingWarnings.OfZone(zone, await db.ShippingZones.AnyAsync(z => z.Id != zone.Id && z.Methods.Any(), ct)),
    };

    private static object Snapshot(ShippingZone z) => new
    {
        z.Name, z.Countries, z.Regions,
        Methods = z.Methods.Select(m => new { Kind = m.Kind.ToString(), m.Name, Basis = m.Basis.ToString(), m.Bands, m.FreeFrom, m.Days }).ToList(),
    };
}
