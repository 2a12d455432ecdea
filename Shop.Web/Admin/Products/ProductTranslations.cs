using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Web.Admin.Audit;
using Shop.Web.Data;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Products;

/// <summary>Staff's translations of a product's name and description, one per storefront language besides the default.</summary>
public sealed class ProductTranslations(ShopDbContext db, ShopLanguages languages, AuditTrail audit, TimeProvider clock)
{
    /// <summary>A form for each other language, filled with the saved translation or empty.</summary>
    public async Task<IReadOnlyList<ProductTranslationForm>> FormsAsync(int productId, CancellationToken ct)
    {
        var saved = await db.Set<ProductTranslation>().AsNoTracking().Where(t => t.ProductId == productId).ToListAsync(ct);
        return languages.All.Where(l => !l.IsDefault).Select(l => saved.FirstOrDefault(t => t.Language == l.Code) is { } t
            ? new ProductTranslationForm { Language = l.Code, LanguageName = l.Name, Name = t.Name, Description = t.Description }
            : new ProductTranslationForm { Language = l.Code, LanguageName = l.Name }).ToList();
    }

    /// <summary>False when there is no such product or the language is not one the storefront speaks besides the default.</summary>
    public async Task<bool> SaveAsync(int productId, ProductTranslationForm form, StaffMember by, CancellationToken ct)
    {
        if (languages.Find(form.Language) is not { IsDefault: false } language) return false;
        // A colleague's save of the same product in between moves its version; the translation does not depend on it.
        for (var attempt = 1; ; attempt++)
        {
            var product = await db.Products.FirstOrDefaultAsync(p => p.Id == productId, ct);
            if (product is null) return false;
            var saved = await db.Set<ProductTranslation>().FirstOrDefaultAsync(t => t.ProductId == productId && t.Language == language.Code, ct);
            var before = saved is null ? null : new { saved.Name, saved.Description };
            if (string.IsNullOrWhiteSpace(form.Name))
            {
                if (saved is null) return true;
                db.Remove(saved);
                audit.Record(by, nameof(Product), productId, $"translation {language.Code} removed", before);
            }
            else
            {
                if (saved is null) db.Add(saved = new ProductTranslation(productId, language.Code, form.Name, form.Description));
                else saved.Change(form.Name, form.Description);
                audit.Record(by, nameof(Product), productId, $"translation {language.Code} saved", before, new { saved.Name, saved.Description });
            }
            product.Touch(clock.GetUtcNow()); // a staff change: the sitemap's lastmod follows
            if (attempt == 2) await db.SaveChangesAsync(ct);
            else if (!await db.TrySaveChangesAsync(ct)) continue;
            return true;
        }
    }
}
