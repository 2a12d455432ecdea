using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Shop.Web.Admin.Audit;
using Shop.Web.Content;
using Shop.Web.Data;

namespace Shop.Web.Admin.Content;

/// <summary>Staff rewrite the shop's own pages (shipping, returns, privacy, terms, contact) in Markdown.</summary>
[Route("admin/pages")]
public sealed class ContentPagesAdminController(ShopDbContext db, AuditTrail audit, TimeProvider clock) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(await db.ContentPages.AsNoTracking().OrderBy(p => p.Id).ToListAsync(ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await db.ContentPages.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) is { } page
            ? View(new ContentPageForm { Id = page.Id, Slug = page.Slug, Title = page.Title, Markdown = page.Markdown })
            : NotFound();

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, [CustomizeValidator(Skip = true)] ContentPageForm form, CancellationToken ct)
    {
        var page = await db.ContentPages.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (page is null) return NotFound();
        form.Id = id;
        form.Slug = page.Slug;
        if (!await ValidAsync(form, ct)) return Invalid("Edit", form);
        var before = new { page.Title, page.Markdown };
        page.Rewrite(form.Title!, form.Markdown!, clock.GetUtcNow());
        audit.Record(Staff, nameof(ContentPage), page.Id, "Edited", before, new { page.Title, page.Markdown });
        await db.SaveChangesAsync(ct);
        Notice($"Saved {page.Title}.");
        return RedirectToAction(nameof(Index));
    }
}
