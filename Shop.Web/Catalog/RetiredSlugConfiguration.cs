using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Domain.Catalog;
using Shop.Web.Data;

namespace Shop.Web.Catalog;

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
