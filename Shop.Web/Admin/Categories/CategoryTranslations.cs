using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Web.Admin.Audit;
using Shop.Web.Data;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Categories;

/// <summary>Staff's translations of a category's name and description, one per storefront language besides the default.</summary>
public sealed class CategoryTranslations(ShopDbContext db, ShopLanguages languages, AuditTrail audit)
{
    /// <summary>A form for each other language, filled with the saved translation or empty.</summary>
    public async Task<IReadOnlyList<CategoryTranslationForm>> FormsAsync(int categoryId, CancellationToken ct)
    {
        var saved = await db.Set<CategoryTranslation>().AsNoTracking().Where(t => t.CategoryId == categoryId).ToListAsync(ct);
        return languages.All.Where(l => !l.IsDefault).Select(l => saved.FirstOrDefault(t => t.Language == l.Code) is { } t
            ? new CategoryTranslationForm { Language = l.Code, LanguageName = l.Name, Name = t.Name, Description = t.Description }
            : new CategoryTranslationForm { Language = l.Code, LanguageName = l.Name }).ToList();
    }

    /// <summary>False when there is no such category or the language is not one the storefront speaks besides the default.</summary>
    public async Task<bool> SaveAsync(int categoryId, CategoryTranslationForm form, StaffMember by, CancellationToken ct)
    {
        if (languages.Find(form.Language) is not { IsDefault: false } language) return false;
        if (!await db.Categories.AnyAsync(c => c.Id == categoryId, ct)) return false;
        var saved = await db.Set<CategoryTranslation>().FirstOrDefaultAsync(t => t.CategoryId == categoryId && t.Language == language.Code, ct);
        var before = saved is null ? null : new { saved.Name, saved.Description };
        if (string.IsNullOrWhiteSpace(form.Name))
        {
            if (saved is null) return true;
            db.Remove(saved);
            audit.Record(by, CategoryAdmin.EntityType, categoryId, $"translation {language.Code} removed", before);
        }
        else
        {
            if (saved is null) db.Add(saved = new CategoryTranslation(categoryId, language.Code, form.Name, form.Description));
            else saved.Change(form.Name, form.Description);
            audit.Record(by, CategoryAdmin.EntityType, categoryId, $"translation {language.Code} saved", before, new { saved.Name, saved.Description });
        }
        await db.SaveChangesAsync(ct);
        return true;
    }
}
