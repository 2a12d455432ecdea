using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Domain.Ordering;

namespace Shop.Web.Data;

internal sealed class ReturnRequestConfiguration : IEntityTypeConfiguration<ReturnRequest>
{
    public void Configure(EntityTypeBuilder<ReturnRequest> r)
    {
        r.ToTable("Returns");
        r.HasOne<Order>().WithMany().HasForeignKey(x => x.OrderId).OnDelete(DeleteBehavior.Cascade);
        r.HasIndex(x => new { x.Status, x.RequestedAt });
        r.Property(x => x.Version).IsConcurrencyToken();
        r.Property(x => x.OrderNumber).HasMaxLength(20).IsRequired();
        r.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        r.Property(x => x.RefusalReason).HasMaxLength(ReturnRequest.RefusalLength);
        r.ComplexProperty(x => x.RefundedAmount).Money();
        r.HasMany(x => x.Lines).WithOne().HasForeignKey("ReturnId").OnDelete(DeleteBehavior.Cascade);
        r.Navigation(x => x.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ReturnLineConfiguration : IEntityTypeConfiguration<ReturnLine>
{
    public void Configure(EntityTypeBuilder<ReturnLine> l)
    {
        l.ToTable("ReturnLines");
        l.Property(x => x.Name).HasMaxLength(340).IsRequired();
        l.Property(x => x.Sku).HasMaxLength(Shop.Domain.Catalog.ProductVariant.MaxSkuLength).IsRequired();
        l.Property(x => x.Reason).HasMaxLength(ReturnLine.ReasonLength).IsRequired();
        l.ComplexProperty(x => x.UnitPrice).Money();
        l.Ignore(x => x.Goods);
    }
}
