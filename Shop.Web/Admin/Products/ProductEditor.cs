using Microsoft.EntityFrameworkCore;
using Shop.Web.Data;
using Shop.Web.Shared;

namespace Shop.Web.Admin.Products;

/// <summary>Puts the product editor page together from the product as saved, keeping a part that was posted and refused.</summary>
public sealed class ProductEditor(ShopDbContext db, ProductAdmin products, ProductTranslations translations)
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
        return new ProductEditorPage(await products.WithChoicesAsync(details ?? ProductAdmin.FormOf(p), ct))
        {
            Pictures = images.Select((i, n) => new PictureRow(i.Id, i.Path, Pictures.Small(i.Path), i.AltText, n + 1, n == 0, n == images.Count - 1)).ToList(),
            Options = options?.Padded() ?? ProductOptionsForm.Of(p),
            Grid = grid?.Dressed(p) ?? VariantGridForm.Of(p),
            Bulk = bulk ?? new VariantBulkForm { Version = p.Version },
            AtRisk = atRisk ?? [],
            Translations = (await translations.FormsAsync(id, ct))
                .Select(t => translation is not null && t.Language == translation.Language ? Posted(translation, t) : t).ToList(),
        };
    }

    private static ProductTranslationForm Posted(ProductTranslationForm posted, ProductTranslationForm saved)
    {
        posted.LanguageName = saved.LanguageName;
        return posted;
    }
}
