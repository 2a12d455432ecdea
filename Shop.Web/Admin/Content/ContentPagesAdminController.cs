using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Shop.Web.Admin.Audit;
using Shop.Web.Content;
using Shop.Web.Data;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Content;

/// <summary>
/// Staff rewrite the shop's own pages (shipping, returns, privacy, terms, contact) in Markdown, and their German or French
/// versions (<c>?language=de</c>); a language without its own version shows the page's own words.
/// </summary>
[Route("admin/pages")]
public sealed class ContentPagesAdminController(ShopDbContext db, AuditTrail audit, TimeProvider clock, ShopLanguages languages) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(await db.ContentPages.AsNoTracking().OrderBy(p => p.Id).ToListAsync(ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, string? language, CancellationToken ct)
    {
        var page = await db.ContentPages.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (page is null || !Known(language)) return NotFound();
        language = language is null ? null : languages.Find(language)!.Code;
        var form = new ContentPageForm
        {
            Id = page.Id, Slug = page.Slug, Title = page.Title, Markdown = page.Markdown, Languages = Others(),
            Version = await db.ContentPages.VersionAsync(p => p.Id == id, ct),
        };
        if (language is null) return View(form);
        var translated = await db.Set<ContentPageTranslation>().AsNoTracking()
            .FirstOrDefaultAsync(t => t.ContentPageId == id && t.Language == language, ct);
        form.Language = language;
        if (translated is not null) (form.Title, form.Markdown) = (translated.Title, translated.Markdown);
        return View(form);
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, [CustomizeValidator(Skip = true)] ContentPageForm form, CancellationToken ct)
    {
        var page = await db.ContentPages.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (page is null || !Known(form.Language)) return NotFound();
        form.Language = form.Language is null ? null : languages.Find(form.Language)!.Code;
        (form.Id, form.Slug, form.Languages) = (id, page.Slug, Others());
        if (!await ValidAsync(form, ct)) return Invalid("Edit", form);
        var now = clock.GetUtcNow();
        if (form.Language is { } language)
        {
            var saved = await db.Set<ContentPageTranslation>().FirstOrDefaultAsync(t => t.ContentPageId == id && t.Language == language, ct);
            var before = saved is null ? null : new { saved.Title, saved.Markdown };
            if (saved is null) db.Add(saved = new ContentPageTranslation(id, language, form.Title!, form.Markdown!, now));
            else saved.Rewrite(form.Title!, form.Markdown!, now);
            audit.Record(Staff, nameof(ContentPage), page.Id, $"translation {language} saved", before, new { saved.Title, saved.Markdown });
        }
        else
        {
            var before = new { page.Title, page.Markdown };
            page.Rewrite(form.Title!, form.Markdown!, now);
            audit.Record(Staff, nameof(ContentPage), page.Id, "Edited", before, new { page.Title, page.Markdown });
        }
        if (!await db.SaveEditAsync(page, form.Version, ct))
        {
            form.Version = await db.ContentPages.VersionAsync(p => p.Id == id, ct);
            return Stale("Edit", form);
        }
        Notice(form.Language is null ? $"Saved {page.Title}." : $"Saved {page.Title} ({form.Language}).");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>No language (the page's own words) or one the storefront speaks besides the default.</summary>
    private bool Known(string? language) => language is null || languages.Find(language) is { IsDefault: false };

    private List<(string Code, string Name)> Others() => languages.All.Where(l => !l.IsDefault).Select(l => (l.Code, l.Name)).ToList();
}
