using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Shop.Domain.Catalog;
using Shop.Domain.Search;
using Shop.Web.Data;

namespace Shop.Web.Catalog;

/// <summary>
/// Search from an in-memory <see cref="ProductIndex"/> of the published catalog, read in one go and kept by
/// <see cref="CatalogCache"/> under the catalog's version: any change (an edit, an import, publishing, stock running
/// out or coming back) is searched on every node as soon as the new index is built, and no search costs a database
/// round trip. When only stock moved since the last index was read (a sale crossing "only N left", a restock), the next
/// one is that index with the variants' stock read again, not the whole catalog read and indexed again. A new index is
/// built apart from any request; searches wait for it up to <see cref="SearchOptions.WaitForNewIndex"/> (a small
/// catalog's is ready long before), then answer from the last one, and such pages are not cached.
/// </summary>
public sealed class IndexedSearch(IServiceScopeFactory scopes, IOptions<ShopOptions> options, CatalogCache cache, IMemoryCache memory,
    IHttpContextAccessor http) : IProductSearch
{
    private const int SuggestedProducts = 6, SuggestedCategories = 3;
    private const string Key = "catalog:search", LastSnapshot = "catalog:search:last";

    /// <param name="Edits">The catalog's count of edits read before its data (<see cref="CatalogCache.EditsAsync"/>).</param>
    private sealed record Snapshot(ProductIndex Index, IReadOnlyDictionary<int, ProductCard> Cards, long? Edits);

    public async Task<ProductSearchResult> SearchAsync(SearchQuery query, CancellationToken ct)
    {
        var snapshot = await SnapshotAsync(ct);
        var result = snapshot.Index.Search(query);
        return new ProductSearchResult(result, result.Products.Select(p => snapshot.Cards[p.Id]).ToList());
    }

    public async Task<SearchSuggestions> SuggestAsync(string? text, string? language, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text)) return new SearchSuggestions([], []);
        var snapshot = await SnapshotAsync(ct);
        var q = text.Length > ProductFilter.MaxQueryLength ? text[..ProductFilter.MaxQueryLength] : text;
        var found = snapshot.Index.Search(new SearchQuery(q, null, FacetChoice.None, ProductSort.Relevance, 1, SuggestedProducts, language));
        var categories = snapshot.Index.CategoriesNamed(q).Take(SuggestedCategories).Select(c => new CategoryLink(c.Name, c.Slug, c.Count));
        return new SearchSuggestions(found.Products.Select(p => snapshot.Cards[p.Id]).ToList(), categories.ToList());
    }

    /// <summary>Builds the index now if the catalog's version has none (a node that starts builds it before the first search).</summary>
    public Task PrepareAsync() => cache.GetOrAddAsync(Key, LoadAsync);

    private async Task<Snapshot> SnapshotAsync(CancellationToken ct)
    {
        // Built on its own (a request that stops waiting leaves it running for the next ones), never inside a request.
        var next = cache.GetOrAddAsync(Key, () => Task.Run(LoadAsync, CancellationToken.None));
        if (memory.Get<Snapshot>(LastSnapshot) is not { } last) return await next.WaitAsync(ct);
        try
        {
            return await next.WaitAsync(options.Value.Search.WaitForNewIndex, ct);
        }
        catch (TimeoutException)
        {
        }
        // Without the catalog's version (Redis away) nothing is shared: each search waits for the index it loads.
        if (await cache.VersionAsync() is null) return await next.WaitAsync(ct);
        if (http.HttpContext is { } context) CatalogPageCachePolicy.DoNotStore(context); // filed under the new version, it would stay stale
        return last;
    }

    private async Task<Snapshot> LoadAsync()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var edits = await cache.EditsAsync();
        var snapshot = edits is not null && memory.Get<Snapshot>(LastSnapshot) is { } last && last.Edits == edits
            ? await WithStockNowAsync(db, last)
            : await ReadAsync(db, edits);
        memory.Set(LastSnapshot, snapshot); // kept until the next: the versioned entry expires, and then this one is served meanwhile
        return snapshot;
    }

    private static async Task<Snapshot> WithStockNowAsync(ShopDbContext db, Snapshot last)
    {
        var stock = await db.Variants.Where(v => v.IsPublished).Select(v => new { v.Sku, v.StockOnHand })
            .ToDictionaryAsync(v => v.Sku, v => v.StockOnHand, StringComparer.OrdinalIgnoreCase);
        var index = last.Index.WithStock(stock);
        if (index == last.Index) return last;
        var cards = index.Products.ToDictionary(p => p.Id, p => last.Cards[p.Id] is var card && card.Stock == StockState.Of(p.Stock)
            ? card : card with { Stock = StockState.Of(p.Stock) });
        return last with { Index = index, Cards = cards };
    }

    private async Task<Snapshot> ReadAsync(ShopDbContext db, long? edits)
    {
        var rows = await db.Products.AsNoTracking().Where(p => p.IsPublished)
            .Select(p => new
            {
                p.Id, p.Name, p.Slug, p.Sku, p.Description, p.Price, p.CompareAtPrice, p.ImagePath, p.CreatedAt, p.ContentAmount, p.ContentUnit,
                p.CategoryId, CategoryName = p.Category!.Name, CategorySlug = p.Category.Slug,
                Options = p.Options.OrderBy(o => o.Position).Select(o => o.Name).ToList(),
                Variants = p.Variants.Where(v => v.IsPublished).OrderBy(v => v.Position)
                    .Select(v => new { v.Sku, v.Option1, v.Option2, v.Option3, v.Price, v.StockOnHand, v.LowestPriorPrice, v.ContentAmount, v.ContentUnit }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync();
        var currency = options.Value.Currency;
        var ratings = await ProductRatings.OfAsync(db, null, CancellationToken.None);
        var translations = await TranslationsAsync(db);
        var loaded = rows.Where(r => r.Variants.Count > 0).Select(r =>
        {
            var product = new IndexedProduct(r.Id, r.Name, r.Sku, r.Description, r.CategoryName, r.CategorySlug, r.CreatedAt, r.Options,
                r.Variants.Select(v => new IndexedVariant(v.Sku, ProductVariant.ValuesOf(v.Option1, v.Option2, v.Option3), v.Price ?? r.Price, v.StockOnHand)).ToList())
            {
                Translations = translations(r.Id, r.CategoryId, r.Options.Concat(r.Variants.SelectMany(v => ProductVariant.ValuesOf(v.Option1, v.Option2, v.Option3)))),
            };
            var lowestPrior = r.Variants.Where(v => v.Price == null).Min(v => v.LowestPriorPrice);
            return (Product: product, Card: ProductCard.Of(r.Name, r.Slug, new(r.Price, r.CompareAtPrice, lowestPrior), product.LowestPrice, product.HighestPrice,
                product.Stock, r.ImagePath, r.CategoryName, currency, options.Value.Reductions) with
            {
                ProductId = r.Id, CategorySlug = r.CategorySlug, Rating = ratings.GetValueOrDefault(r.Id),
                UnitPrice = UnitPrice.AtLowest(r.Variants.Select(v => (v.Price ?? r.Price,
                    Product.ContentOf(v.ContentAmount, v.ContentUnit, r.ContentAmount, r.ContentUnit))), currency),
            });
        }).ToList();
        return new Snapshot(new ProductIndex(loaded.Select(l => l.Product)), loaded.ToDictionary(l => l.Product.Id, l => l.Card), edits);
    }

    /// <summary>
    /// Every language's words of a product, its category and its option words, so a shopper finds it by the words they
    /// read ("Rot" finds the red shirt): one query for the three kinds of translation, once per catalog version.
    /// </summary>
    private static async Task<Func<int, int, IEnumerable<string>, IReadOnlyList<IndexedTranslation>>> TranslationsAsync(ShopDbContext db)
    {
        // A row of neither a product nor a category is an option word: its word in Name, its translation in Description.
        var rows = await db.Set<ProductTranslation>().Select(t => new { t.ProductId, CategoryId = 0, t.Language, t.Name, t.Description })
            .Concat(db.Set<CategoryTranslation>().Select(t => new { ProductId = 0, t.CategoryId, t.Language, t.Name, Description = "" }))
            .Concat(db.Set<OptionWordTranslation>().Select(t => new { ProductId = 0, CategoryId = 0, t.Language, Name = t.Word, Description = t.Translation }))
            .ToListAsync();
        if (rows.Count == 0) return (_, _, _) => [];
        var glossaries = rows.Where(r => r.ProductId == 0 && r.CategoryId == 0).GroupBy(r => r.Language)
            .ToDictionary(g => g.Key, g => new OptionGlossary(g.Select(r => new OptionWordTranslation(r.Language, r.Name, r.Description))));
        var products = rows.Where(r => r.ProductId != 0).ToLookup(r => r.ProductId);
        var categories = rows.Where(r => r.CategoryId != 0).ToLookup(r => r.CategoryId);
        return (productId, categoryId, optionWords) =>
        {
            var ofProduct = products[productId].ToDictionary(t => t.Language);
            var ofCategory = categories[categoryId].ToDictionary(t => t.Language, t => t.Name);
            var words = optionWords.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var ofOptions = glossaries.ToDictionary(g => g.Key, g => string.Join(' ', words.Select(g.Value.Word).Except(words, StringComparer.OrdinalIgnoreCase)));
            return ofProduct.Keys.Union(ofCategory.Keys).Union(ofOptions.Where(o => o.Value.Length > 0).Select(o => o.Key))
                .Select(language => new IndexedTranslation(language,
                    ofProduct.GetValueOrDefault(language)?.Name ?? "", ofProduct.GetValueOrDefault(language)?.Description ?? "",
                    ofCategory.GetValueOrDefault(language) ?? "", ofOptions.GetValueOrDefault(language) ?? "")).ToList();
        };
    }
}
