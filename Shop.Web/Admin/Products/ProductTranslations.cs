using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Web.Admin.Audit;
using Shop.Web.Data;
using Shop.Web.Languages;
using Shop.Web.Shared;

namespace Shop.Web.Admin.Products;

/// <summary>
/// Staff's translations of a product's name, description and picture descriptions, one per storefront language
/// besides the default.
/// </summary>
public sealed class ProductTranslations(ShopDbContext db, ShopLanguages languages, AuditTrail audit, TimeProvider clock)
{
    /// <summary>A form for each other language, filled with the saved translation or empty.</summary>
    public async Task<IReadOnlyList<ProductTranslationForm>> FormsAsync(int productId, CancellationToken ct)
    {
        if (!languages.All.Any(l => !l.IsDefault)) return [];
        var saved = await db.Set<ProductTranslation>().AsNoTracking().Where(t => t.ProductId == productId).ToListAsync(ct);
        var images = await db.Set<ProductImage>().AsNoTracking().Where(i => i.ProductId == productId).OrderBy(i => i.Position).ToListAsync(ct);
        var pictures = await PicturesAsync(images, tracked: false, ct);
        return languages.All.Where(l => !l.IsDefault).Select(l =>
        {
            var form = saved.FirstOrDefault(t => t.Language == l.Code) is { } t
                ? new ProductTranslationForm { Language = l.Code, LanguageName = l.Name, Name = t.Name, Description = t.Description }
                : new ProductTranslationForm { Language = l.Code, LanguageName = l.Name };
            form.Pictures = images.Select((i, n) => new PictureText
            {
                Id = i.Id, Number = n + 1, Thumbnail = Pictures.Small(i.Path), Own = i.AltText,
                Text = pictures.FirstOrDefault(p => p.ProductImageId == i.Id && p.Language == l.Code)?.AltText,
            }).ToList();
            return form;
        }).ToList();
    }

    /// <summary>False when there is no such product or the language is not one the storefront speaks besides the default.</summary>
    public async Task<bool> SaveAsync(int productId, ProductTranslationForm form, StaffMember by, CancellationToken ct)
    {
        if (languages.Find(form.Language) is not { IsDefault: false } language) return false;
        // A colleague's save of the same product in between moves its version, or adds the same texts first; the
        // translation does not depend on theirs, so it is read again and saved over it.
        for (var attempt = 1; ; attempt++)
        {
            var product = await db.Products.FirstOrDefaultAsync(p => p.Id == productId, ct);
            if (product is null) return false;
            var saved = await db.Set<ProductTranslation>().FirstOrDefaultAsync(t => t.ProductId == productId && t.Language == language.Code, ct);
            var pictures = (await PicturesAsync(product.Images, tracked: true, ct)).Where(p => p.Language == language.Code).ToList();
            var before = saved is null && pictures.Count == 0 ? null : Logged(saved, pictures);
            if (string.IsNullOrWhiteSpace(form.Name))
            {
                if (saved is null && pictures.Count == 0) return true;
                if (saved is not null) db.Remove(saved);
                db.RemoveRange(pictures);
                audit.Record(by, nameof(Product), productId, $"translation {language.Code} removed", before);
            }
            else
            {
                if (saved is null) db.Add(saved = new ProductTranslation(productId, language.Code, form.Name, form.Description));
                else saved.Change(form.Name, form.Description);
                Describe(product, pictures, form, language.Code);
                audit.Record(by, nameof(Product), productId, $"translation {language.Code} saved", before, Logged(saved, pictures));
            }
            product.Touch(clock.GetUtcNow()); // a staff change: the sitemap's lastmod follows
            try
            {
                if (attempt == 2) await db.SaveChangesAsync(ct);
                else if (!await db.TrySaveChangesAsync(ct)) continue;
            }
            catch (DbUpdateException e) when (attempt == 1 && e.IsUniqueViolation())
            {
                db.ChangeTracker.Clear(); // a colleague added this language's text a moment ago: read it and save over it
                continue;
            }
            return true;
        }
    }

    /// <summary>
    /// Each posted picture of the product gets its description in the language, or loses it when emptied; a picture
    /// added since the form was shown keeps what it has. <paramref name="pictures"/> is left as saved.
    /// </summary>
    private void Describe(Product product, List<PictureTranslation> pictures, ProductTranslationForm form, string language)
    {
        foreach (var image in product.Images)
        {
            if (form.Pictures.FirstOrDefault(p => p.Id == image.Id) is not { } posted) continue;
            var text = posted.Text?.Trim() ?? "";
            var saved = pictures.Find(p => p.ProductImageId == image.Id);
            if (text.Length == 0)
            {
                if (saved is null) continue;
                db.Remove(saved);
                pictures.Remove(saved);
            }
            else if (saved is null) pictures.Add(db.Add(new PictureTranslation(image.Id, language, text)).Entity);
            else saved.Change(text);
        }
    }

    private async Task<List<PictureTranslation>> PicturesAsync(IEnumerable<ProductImage> images, bool tracked, CancellationToken ct)
    {
        var ids = images.Select(i => i.Id).ToList();
        var query = db.Set<PictureTranslation>().Where(p => ids.Contains(p.ProductImageId));
        return await (tracked ? query : query.AsNoTracking()).ToListAsync(ct);
    }

    private static object Logged(ProductTranslation? text, List<PictureTranslation> pictures) =>
        new { text?.Name, text?.Description, Pictures = pictures.OrderBy(p => p.ProductImageId).Select(p => new { p.ProductImageId, p.AltText }).ToList() };
}
