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
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var pages = await db.ContentPages.AsNoTracking().OrderBy(p => p.Id).ToListAsync(ct);
        var versions = await db.Set<ContentPageTranslation>().AsNoTracking().ToListAsync(ct);
        return View(pages.Select(p => new ContentPageRow(p, OlderVersions(p, versions))).ToList());
    }

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
        var older = form.Language is null ? OlderVersions(page, await db.Set<ContentPageTranslation>().AsNoTracking().ToListAsync(ct)) : [];
        Notice(form.Language is not null ? ShopText.Translate("Saved {0} ({1}).", page.Title, form.Language)
            : older.Count == 1 ? ShopText.Translate("Saved {0}. Its {1} version still says what it said before: rewrite it too, or shoppers in {1} read the old words.", page.Title, older[0])
            : older.Count > 1 ? ShopText.Translate("Saved {0}. Its {1} versions still say what they said before: rewrite them too, or shoppers in those languages read the old words.",
                page.Title, string.Join(ShopText.Translate(" and "), older))
            : ShopText.Translate("Saved {0}.", page.Title));
        return RedirectToAction(nameof(Index));
    }

    /// <summary>
    /// The storefront's other languages whose version of the page was last changed before the page's own words: shoppers
    /// there still read the old words (a legal notice or terms rewritten in one language only). A language without a version shows the page's own.
    /// </summary>
    private List<string> OlderVersions(ContentPage page, IEnumerable<ContentPageTranslation> versions) =>
        Others().Where(l => versions.Any(t => t.ContentPageId == page.Id && t.Language == l.Code && t.UpdatedAt < page.UpdatedAt))
            .Select(l => l.Name).ToList();

    /// <summary>No language (the page's own words) or one the storefront speaks besides the default.</summary>
    private bool Known(string? language) => language is null || languages.Find(language) is { IsDefault: false };

    private List<(string Code, string Name)> Others() => languages.All.Where(l => !l.IsDefault).Select(l => (l.Code, l.Name)).ToList();
}
