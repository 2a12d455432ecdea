using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Domain.Catalog;
using Shop.Web.Data;

namespace Shop.Web.Wishlist;

internal sealed class WishlistItemConfiguration : IEntityTypeConfiguration<WishlistItem>
{
    public void Configure(EntityTypeBuilder<WishlistItem> w)
    {
        w.ToTable("WishlistItems");
        w.Property(x => x.UserId).HasMaxLength(450).IsRequired();
        w.HasOne<ShopUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        w.HasOne<Product>().WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Cascade);
        w.HasIndex(x => new { x.UserId, x.ProductId }).IsUnique();
    }
}

public static class WishlistData
{
    extension(ShopDbContext db)
    {
        public DbSet<WishlistItem> WishlistItems => db.Set<WishlistItem>();
    }
}
