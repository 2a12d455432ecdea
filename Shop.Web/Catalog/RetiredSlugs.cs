using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Web.Data;

namespace Shop.Web.Catalog;

/// <summary>
/// Notes every slug change as it is saved, whoever makes it (the product form, the CSV import, the category form),
/// and finds where an old address leads now. A live page's slug always wins over a retired one, and an address never
/// leads to itself (a page renamed away and back, then taken off sale, is a 404, not a redirect loop).
/// </summary>
public sealed class RetiredSlugs(TimeProvider clock) : BeforeSaveInterceptor
{
    protected override void BeforeSave(DbContext db)
    {
        var retired = new List<RetiredSlug>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State != EntityState.Modified) continue;
            var (kind, id) = entry.Entity switch
            {
                Product p => (RetiredSlug.ProductPage, p.Id),
                Category c => (RetiredSlug.CategoryPage, c.Id),
                _ => ("", 0),
            };
            if (kind.Length == 0) continue;
            var slug = entry.Property(nameof(Product.Slug));
            if (slug.IsModified && slug.OriginalValue is string old && old != (string?)slug.CurrentValue)
                retired.Add(new RetiredSlug(kind, old, id, clock.GetUtcNow()));
        }
        // A save tried again (a conflict with a sale) has noted its slugs already.
        var noted = db.ChangeTracker.Entries<RetiredSlug>().Where(r => r.State == EntityState.Added).Select(r => r.Entity).ToList();
        foreach (var r in retired)
            if (!noted.Any(n => n.Kind == r.Kind && n.Slug == r.Slug && n.TargetId == r.TargetId)) db.Add(r);
    }

    /// <summary>An old address answered: for good to the page's address now, in the same language, with the same query.</summary>
    public static RedirectResult MovedTo(HttpRequest request, string path) =>
        new(request.PathBase + path + request.QueryString, permanent: true);

    /// <summary>The product's slug now, if <paramref name="slug"/> was one of its slugs (the latest to give it up wins).</summary>
    public static Task<string?> ProductNowAsync(ShopDbContext db, string slug, CancellationToken ct) =>
        (from r in db.RetiredSlugs
         where r.Kind == RetiredSlug.ProductPage && r.Slug == slug
         orderby r.Id descending
         join p in db.Products.Where(p => p.IsPublished && p.Slug != slug) on r.TargetId equals p.Id
         select p.Slug).FirstOrDefaultAsync(ct);

    /// <summary>The category's slug now, if <paramref name="slug"/> was one of its slugs.</summary>
    public static Task<string?> CategoryNowAsync(ShopDbContext db, string slug, CancellationToken ct) =>
        (from r in db.RetiredSlugs
         where r.Kind == RetiredSlug.CategoryPage && r.Slug == slug
         orderby r.Id descending
         join c in db.Categories.Where(c => c.Slug != slug) on r.TargetId equals c.Id
         select c.Slug).FirstOrDefaultAsync(ct);
}
