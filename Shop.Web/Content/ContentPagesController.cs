using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Web.Data;
using Shop.Web.Languages;

namespace Shop.Web.Content;

public sealed class ContentPagesController(ShopDbContext db, IOptions<ShopOptions> options) : Controller
{
    /// <summary>The page in the shopper's language when staff have it, else the page's own words.</summary>
    [HttpGet("/pages/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        var page = await db.ContentPages.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug, ct);
        if (page is null) return NotFound();
        var language = LanguagePrefix.Of(HttpContext);
        var translated = language.IsDefault ? null : await db.Set<ContentPageTranslation>().AsNoTracking()
            .FirstOrDefaultAsync(t => t.ContentPageId == page.Id && t.Language == language.Code, ct);
        var (title, markdown) = translated is null ? (page.Title, page.Markdown) : (translated.Title, translated.Markdown);
        return View(new ContentPageView(page.Slug, title, markdown.Replace(ContentPages.ReturnDays, options.Value.Returns.Days.ToString(), StringComparison.Ordinal)));
    }
}
