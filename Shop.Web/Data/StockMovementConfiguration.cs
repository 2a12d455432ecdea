using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Domain.Catalog;

namespace Shop.Web.Data;

internal sealed class StockMovementConfiguration : IEntityTypeConfiguration<StockMovement>
{
    public void Configure(EntityTypeBuilder<StockMovement> m)
    {
        m.Property(x => x.Reason).HasConversion<string>().HasMaxLength(20);
        m.Property(x => x.Note).HasMaxLength(StockMovement.MaxNoteLength).IsRequired();
        m.Property(x => x.UserId).HasMaxLength(450).IsRequired();
        m.Property(x => x.UserEmail).HasMaxLength(256).IsRequired();
        // History belongs to the product; a product with history is archived rather than deleted (see ProductAdmin).
        m.HasOne<Product>().WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Cascade);
        m.HasIndex(x => new { x.ProductId, x.Id });
        // No key to the variant: its history outlives it when staff drop a combination.
        m.HasIndex(x => new { x.VariantId, x.Id });
    }
}
