using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Web.Data;
using Shop.Web.Languages;

namespace Shop.Web.Catalog;

/// <summary>
/// The glossary of option names and values a shopper reads in their language (<see cref="OptionGlossary"/>): one per
/// language and catalog version (<see cref="CatalogCache"/>), so a page or a Pay asks the database at most once per
/// change of the catalog. The default language costs nothing.
/// </summary>
public sealed class OptionWords(ShopDbContext db, CatalogCache cache, ShopLanguages languages) : IOptionWords
{
    public ValueTask<OptionGlossary> ForAsync(ShopLanguage language) =>
        language.IsDefault ? new(OptionGlossary.None) : new(LoadAsync(language.Code));

    public ValueTask<OptionGlossary> ForAsync(string? code) =>
        languages.Find(code) is { } language ? ForAsync(language) : new(OptionGlossary.None);

    private Task<OptionGlossary> LoadAsync(string code) =>
        cache.GetOrAddAsync($"catalog:option-words:{code}", async () =>
            new OptionGlossary(await db.Set<OptionWordTranslation>().AsNoTracking().Where(t => t.Language == code).ToListAsync()));
}
