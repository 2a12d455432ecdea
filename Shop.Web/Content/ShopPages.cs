using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Web.Data;
using Shop.Web.Languages;

namespace Shop.Web.Content;

/// <summary>
/// Shop pages as a reader in one language reads them: staff's translation where there is one, else the page's own words,
/// their placeholders filled in. For the page itself and for mails that carry a page's text (the terms in a confirmation).
/// </summary>
public sealed class ShopPages(ShopDbContext db, IOptions<ShopOptions> options)
{
    public async Task<ContentPageView?> InAsync(ShopLanguage language, string slug, CancellationToken ct) =>
        (await InAsync(language, [slug], ct)).FirstOrDefault();

    /// <summary>The pages of these slugs that exist, in the order asked: one query.</summary>
    public async Task<IReadOnlyList<ContentPageView>> InAsync(ShopLanguage language, IReadOnlyList<string> slugs, CancellationToken ct)
    {
        var code = language.IsDefault ? "" : language.Code; // the default language reads the pages' own words
        var found = await db.ContentPages.AsNoTracking().Where(p => slugs.Contains(p.Slug))
            .Select(p => new
            {
                p.Slug, p.Title, p.Markdown,
                Translated = db.Set<ContentPageTranslation>().Where(t => t.ContentPageId == p.Id && t.Language == code)
                    .Select(t => new { t.Title, t.Markdown }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var returnDays = options.Value.Returns.Days.ToString();
        return found.OrderBy(p => slugs.ToList().IndexOf(p.Slug))
            .Select(p => new ContentPageView(p.Slug, p.Translated?.Title ?? p.Title,
                (p.Translated?.Markdown ?? p.Markdown).Replace(ContentPages.ReturnDays, returnDays, StringComparison.Ordinal)))
            .ToList();
    }
}
