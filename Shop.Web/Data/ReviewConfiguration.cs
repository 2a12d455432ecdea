using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Domain.Catalog;
using Shop.Domain.Reviews;

namespace Shop.Web.Data;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<ProductReview>
{
    public void Configure(EntityTypeBuilder<ProductReview> r)
    {
        r.ToTable("ProductReviews");
        r.Property(x => x.UserId).HasMaxLength(450).IsRequired();
        r.Property(x => x.Author).HasMaxLength(ProductReview.AuthorMax).IsRequired();
        r.Property(x => x.Text).HasMaxLength(ProductReview.TextMax).IsRequired();
        r.Property(x => x.Reply).HasMaxLength(ProductReview.ReplyMax);
        r.Property(x => x.Language).HasMaxLength(ProductReview.LanguageMax);
        r.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        r.HasOne<Product>().WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Cascade);
        // A review is personal data: it goes with the account.
        r.HasOne<ShopUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        r.HasIndex(x => new { x.ProductId, x.UserId }).IsUnique();
        r.HasIndex(x => new { x.ProductId, x.Status });
        r.HasIndex(x => new { x.Status, x.WrittenAt });
    }
}

public static class ReviewData
{
    extension(ShopDbContext db)
    {
        public DbSet<ProductReview> ProductReviews => db.Set<ProductReview>();
    }
}
