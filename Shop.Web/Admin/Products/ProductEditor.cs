using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Domain.Catalog;
using Shop.Web.Data;
using Shop.Web.Shared;

namespace Shop.Web.Admin.Products;

/// <summary>Puts the product editor page together from the product as saved, keeping a part that was posted and refused.</summary>
public sealed class ProductEditor(ShopDbContext db, ProductAdmin products, ProductTranslations translations, IOptions<ShopOptions> shop, TimeProvider clock)
{
    public async Task<ProductEditorPage> NewPageAsync(ProductForm? posted, CancellationToken ct) =>
        new(await products.WithChoicesAsync(posted ?? new ProductForm { InitialStock = 0 }, ct));

    /// <summary>Null when there is no such product.</summary>
    public async Task<ProductEditorPage?> PageAsync(int id, CancellationToken ct, ProductForm? details = null, ProductOptionsForm? options = null,
        VariantGridForm? grid = null, VariantBulkForm? bulk = null, IReadOnlyList<VariantAtRisk>? atRisk = null,
        ProductTranslationForm? translation = null)
    {
        var p = await db.Products.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null) return null;
        var images = p.Images.OrderBy(i => i.Position).ToList();
        var form = details ?? ProductAdmin.FormOf(p);
        var gridForm = grid?.Dressed(p) ?? VariantGridForm.Of(p);
        await HintReductionsAsync(p, form, gridForm, ct);
        return new ProductEditorPage(await products.WithChoicesAsync(form, ct))
        {
            Pictures = images.Select((i, n) => new PictureRow(i.Id, i.Path, Pictures.Small(i.Path), i.AltText, n + 1, n == 0, n == images.Count - 1)).ToList(),
            Options = options?.Padded() ?? ProductOptionsForm.Of(p),
            Grid = gridForm,
            Bulk = bulk ?? new VariantBulkForm { Version = p.Version },
            AtRisk = atRisk ?? [],
            Translations = (await translations.FormsAsync(id, ct))
                .Select(t => translation is not null && t.Language == translation.Language ? Posted(translation, t) : t).ToList(),
            RefusedTranslation = translation?.Language,
        };
    }

    /// <summary>Under the EU's rule, tells staff beside each was price which prior price shoppers will see (as saved).</summary>
    private async Task HintReductionsAsync(Product p, ProductForm form, VariantGridForm grid, CancellationToken ct)
    {
        if (shop.Value.Reductions != ReductionRule.LowestIn30Days) return;
        var ids = p.Variants.Select(v => v.Id).ToList();
        var history = (await db.Set<VariantPrice>().AsNoTracking().Where(h => ids.Contains(h.VariantId)).ToListAsync(ct)).ToLookup(h => h.VariantId);
        var now = clock.GetUtcNow();
        string? Hint(ProductVariant v, decimal? compareAt) => ReductionHint.Of(shop.Value, v, p.PriceOf(v), compareAt, history[v.Id].ToList(), now);
        // The product's own was price shows on the variants selling at its price.
        if (p.Variants.FirstOrDefault(v => v.Price is null) is { } atProductPrice) form.ReductionHint = Hint(atProductPrice, p.CompareAtPrice);
        foreach (var row in grid.Variants)
            if (p.Variants.FirstOrDefault(v => v.Id == row.Id) is { } v) row.ReductionHint = Hint(v, p.CompareAtPriceOf(v));
    }

    /// <summary>The refused form as typed, with what the page shows beside it (the pictures as they are now).</summary>
    private static ProductTranslationForm Posted(ProductTranslationForm posted, ProductTranslationForm saved)
    {
        posted.LanguageName = saved.LanguageName;
        foreach (var picture in saved.Pictures)
            picture.Text = posted.Pictures.FirstOrDefault(p => p.Id == picture.Id) is { } typed ? typed.Text : picture.Text;
        posted.Pictures = saved.Pictures;
        return posted;
    }
}
