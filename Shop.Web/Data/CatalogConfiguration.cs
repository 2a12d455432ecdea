using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Domain.Catalog;

namespace Shop.Web.Data;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> c)
    {
        c.Property(x => x.Name).HasMaxLength(100).IsRequired();
        c.Property(x => x.Slug).HasMaxLength(Slug.MaxLength).IsRequired();
        c.Property(x => x.Description).HasMaxLength(2000).IsRequired();
        c.HasIndex(x => x.Slug).IsUnique();
        c.HasIndex(x => x.SortOrder);
    }
}

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> p)
    {
        p.Property(x => x.Name).HasMaxLength(200).IsRequired();
        p.Property(x => x.Slug).HasMaxLength(Slug.MaxLength).IsRequired();
        p.Property(x => x.Sku).HasMaxLength(40).IsRequired();
        p.Property(x => x.Description).HasMaxLength(4000).IsRequired();
        p.Property(x => x.Price).HasPrecision(18, 2);
        p.Property(x => x.CompareAtPrice).HasPrecision(18, 2);
        p.Property(x => x.ImagePath).HasMaxLength(300);
        // An int the app increments on every staff save (Product.Touch): one model that works on SQLite and SQL Server.
        p.Property(x => x.Version).IsConcurrencyToken();
        p.Ignore(x => x.Stock);
        p.Ignore(x => x.IsOnSale);
        p.HasOne(x => x.Category).WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Restrict);
        p.HasIndex(x => x.Slug).IsUnique();
        p.HasIndex(x => x.Sku).IsUnique();
        // Shopper lists filter on published + category and sort by name, price or newest.
        p.HasIndex(x => new { x.IsPublished, x.CategoryId, x.Name });
        p.HasIndex(x => new { x.IsPublished, x.Price });
        p.HasIndex(x => new { x.IsPublished, x.CreatedAt });
    }
}
