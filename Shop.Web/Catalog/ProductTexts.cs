using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Domain.Search;
using Shop.Web.Data;
using Shop.Web.Languages;

namespace Shop.Web.Catalog;

/// <summary>
/// Puts staff's translations of product and category names and descriptions, picture descriptions and option words, into what a shopper
/// reads, falling back to the catalog's own text. One dictionary per language and catalog version (<see cref="CatalogCache"/>);
/// the default language costs nothing. Option values keep the catalog's spelling where a form posts them or a link carries them.
/// </summary>
public sealed class ProductTexts(ShopDbContext db, CatalogCache cache, IOptionWords optionWords)
{
    private static readonly IReadOnlyDictionary<int, ProductTranslation> None = new Dictionary<int, ProductTranslation>();
    private static readonly IReadOnlyDictionary<string, CategoryTranslation> NoCategories = new Dictionary<string, CategoryTranslation>();
    private static readonly IReadOnlyDictionary<(int, string), string> NoPictures = new Dictionary<(int, string), string>();

    public async Task<HomePage> InAsync(ShopLanguage language, HomePage page)
    {
        var (texts, categories) = (await ForAsync(language), await CategoriesAsync(language));
        if (texts.Count == 0 && categories.Count == 0) return page;
        return page with
        {
            Featured = Cards(page.Featured, texts, categories), OnSale = Cards(page.OnSale, texts, categories),
            Categories = Links(page.Categories, categories),
        };
    }

    public async Task<ProductListPage?> InAsync(ShopLanguage language, ProductListPage? page)
    {
        var (texts, categories, words) = (await ForAsync(language), await CategoriesAsync(language), await optionWords.ForAsync(language));
        if (page is null || (texts.Count == 0 && categories.Count == 0 && words.IsEmpty)) return page;
        page = page with { Products = Cards(page.Products, texts, categories), Popular = Links(page.Popular, categories) };
        // The category facet comes named and in order from the index (SearchQuery.Language).
        page = page with { Facets = page.Facets.Select(f => f.IsOption ? Labels(f, words) : f).ToList() };
        return page.CategorySlug is { } slug && categories.TryGetValue(slug, out var c)
            ? page with { Title = c.Name, CategoryDescription = c.Description.Length > 0 ? c.Description : page.CategoryDescription }
            : page;
    }

    public async Task<ProductPage?> InAsync(ShopLanguage language, ProductPage? page)
    {
        var (texts, categories, words) = (await ForAsync(language), await CategoriesAsync(language), await optionWords.ForAsync(language));
        var pictures = await PicturesAsync(language);
        if (page is null || (texts.Count == 0 && categories.Count == 0 && words.IsEmpty && pictures.Count == 0)) return page;
        page = page with { Related = Cards(page.Related, texts, categories), Category = Link(page.Category, categories) };
        if (!words.IsEmpty && page.HasOptions) page = Worded(page, words);
        var name = texts.TryGetValue(page.Id, out var t) ? t.Name : null;
        // Staff's translation of a picture's description; else one described by the product's name takes the
        // translated name (one not described at all: ProductPage.Describe).
        page = page with
        {
            Images = page.Images.Select(i => pictures.TryGetValue((page.Id, i.Path), out var alt) ? i with { AltText = alt }
                : name is not null && i.AltText == page.Name ? i with { AltText = name } : i).ToList(),
        };
        return t is null ? page : page with { Name = t.Name, Description = t.Description.Length > 0 ? t.Description : page.Description };
    }

    /// <summary>The category links of the header and the home page in the language.</summary>
    public async Task<IReadOnlyList<CategoryLink>> InAsync(ShopLanguage language, IReadOnlyList<CategoryLink> links) =>
        Links(links, await CategoriesAsync(language));

    /// <summary>Cards found by search, in the language.</summary>
    public async Task<IReadOnlyList<ProductCard>> InAsync(ShopLanguage language, IReadOnlyList<ProductCard> cards) =>
        Cards(cards, await ForAsync(language), await CategoriesAsync(language));

    /// <summary>A product's name in the language (its own name where staff have not translated it).</summary>
    public async Task<string> NameAsync(ShopLanguage language, int productId, string name) =>
        (await ForAsync(language)).TryGetValue(productId, out var t) ? t.Name : name;

    /// <summary>The language's translations by product; empty for the default language.</summary>
    public async Task<IReadOnlyDictionary<int, ProductTranslation>> ForAsync(ShopLanguage language) =>
        language.IsDefault
            ? None
            : await cache.GetOrAddAsync<IReadOnlyDictionary<int, ProductTranslation>>($"catalog:translations:{language.Code}", async () =>
                await db.Set<ProductTranslation>().AsNoTracking().Where(t => t.Language == language.Code).ToDictionaryAsync(t => t.ProductId));

    /// <summary>The language's picture descriptions by product and picture path; empty for the default language.</summary>
    private async Task<IReadOnlyDictionary<(int, string), string>> PicturesAsync(ShopLanguage language)
    {
        if (language.IsDefault) return NoPictures;
        return await cache.GetOrAddAsync<IReadOnlyDictionary<(int, string), string>>($"catalog:picture-translations:{language.Code}", async () =>
        {
            var rows = await db.Set<PictureTranslation>().AsNoTracking().Where(t => t.Language == language.Code)
                .Join(db.Set<ProductImage>(), t => t.ProductImageId, i => i.Id, (t, i) => new { i.ProductId, i.Path, t.AltText }).ToListAsync();
            var byPicture = new Dictionary<(int, string), string>();
            foreach (var row in rows) byPicture.TryAdd((row.ProductId, row.Path), row.AltText); // one file shown twice: its first description
            return byPicture;
        });
    }

    /// <summary>The language's category translations by the category's slug; empty for the default language.</summary>
    public async Task<IReadOnlyDictionary<string, CategoryTranslation>> CategoriesAsync(ShopLanguage language) =>
        language.IsDefault
            ? NoCategories
            : await cache.GetOrAddAsync<IReadOnlyDictionary<string, CategoryTranslation>>($"catalog:category-translations:{language.Code}", async () =>
                await db.Set<CategoryTranslation>().AsNoTracking().Where(t => t.Language == language.Code)
                    .Join(db.Categories, t => t.CategoryId, c => c.Id, (t, c) => new { c.Slug, Translation = t })
                    .ToDictionaryAsync(x => x.Slug, x => x.Translation));

    private static IReadOnlyList<ProductCard> Cards(IReadOnlyList<ProductCard> cards, IReadOnlyDictionary<int, ProductTranslation> texts,
        IReadOnlyDictionary<string, CategoryTranslation> categories) =>
        cards.Select(c =>
        {
            if (texts.TryGetValue(c.ProductId, out var t)) c = c with { Name = t.Name };
            return categories.TryGetValue(c.CategorySlug, out var k) ? c with { CategoryName = k.Name } : c;
        }).ToList();

    private static IReadOnlyList<CategoryLink> Links(IReadOnlyList<CategoryLink> links, IReadOnlyDictionary<string, CategoryTranslation> categories) =>
        categories.Count == 0 ? links : links.Select(l => Link(l, categories)).ToList();

    private static CategoryLink Link(CategoryLink link, IReadOnlyDictionary<string, CategoryTranslation> categories) =>
        categories.TryGetValue(link.Slug, out var t) ? link with { Name = t.Name } : link;

    /// <summary>An option's facet in the language: its name and labels; the values links and filters carry stay the catalog's.</summary>
    private static Facet Labels(Facet facet, OptionGlossary words) =>
        words.IsEmpty ? facet : facet with { Name = words.Word(facet.Name), Values = facet.Values.Select(v => v with { Label = words.Word(v.Label) }).ToList() };

    /// <summary>The picker's option names and values, and the variants' titles, in the language; the values it posts stay the catalog's.</summary>
    private static ProductPage Worded(ProductPage page, OptionGlossary words) => page with
    {
        Options = page.Options.Select(o => o with { Label = words.Word(o.Name), Labels = o.Values.Select(words.Word).ToList() }).ToList(),
        Variants = page.Variants.Select(v => v with { Title = words.TitleOf(v.Values) }).ToList(),
    };
}
