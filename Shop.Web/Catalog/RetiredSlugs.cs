using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Domain.Catalog;
using Shop.Web.Data;

namespace Shop.Web.Catalog;

/// <summary>
/// A web address a product or category had before staff changed its slug. Links in mails, bookmarks and search
/// engines keep working: the old address answers with a permanent redirect to the page's address now.
/// </summary>
public sealed class RetiredSlug
{
    public const string ProductPage = "p", CategoryPage = "c";

    public int Id { get; private set; }
    /// <summary><see cref="ProductPage"/> or <see cref="CategoryPage"/>.</summary>
    public string Kind { get; private set; } = "";
    public string Slug { get; private set; } = "";
    /// <summary>The product's or category's id: however often it is renamed, the old address finds its page now.</summary>
    public int TargetId { get; private set; }
    public DateTimeOffset RetiredAt { get; private set; }

    private RetiredSlug() { }

    public RetiredSlug(string kind, string slug, int targetId, DateTimeOffset at) => (Kind, Slug, TargetId, RetiredAt) = (kind, slug, targetId, at);
}

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

internal sealed class RetiredSlugConfiguration : IEntityTypeConfiguration<RetiredSlug>
{
    public void Configure(EntityTypeBuilder<RetiredSlug> r)
    {
        r.ToTable("RetiredSlugs");
        r.Property(x => x.Kind).HasMaxLength(1).IsRequired();
        r.Property(x => x.Slug).HasMaxLength(Slug.MaxLength).IsRequired();
        r.HasIndex(x => new { x.Kind, x.Slug });
    }
}

public static class RetiredSlugData
{
    extension(ShopDbContext db)
    {
        public DbSet<RetiredSlug> RetiredSlugs => db.Set<RetiredSlug>();
    }
}
