using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Domain.Catalog;

namespace Shop.Web.Data;

internal sealed class BackInStockRequestConfiguration : IEntityTypeConfiguration<BackInStockRequest>
{
    public void Configure(EntityTypeBuilder<BackInStockRequest> r)
    {
        r.ToTable("BackInStockRequests");
        r.Property(x => x.Email).HasMaxLength(BackInStockRequest.EmailMax).IsRequired();
        r.Property(x => x.Language).HasMaxLength(BackInStockRequest.LanguageMax);
        // Only the variant's key cascades (a second path from the product is refused by SQL Server).
        r.HasOne<ProductVariant>().WithMany().HasForeignKey(x => x.VariantId).OnDelete(DeleteBehavior.Cascade);
        r.HasIndex(x => new { x.VariantId, x.Email }).IsUnique();
        r.HasIndex(x => x.Email);
    }
}

public static class BackInStockData
{
    extension(ShopDbContext db)
    {
        public DbSet<BackInStockRequest> BackInStockRequests => db.Set<BackInStockRequest>();
    }
}
