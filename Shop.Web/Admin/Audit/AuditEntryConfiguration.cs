using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Web.Data;

namespace Shop.Web.Admin.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> a)
    {
        a.ToTable("AuditLog");
        a.Property(x => x.UserId).HasMaxLength(450).IsRequired();
        a.Property(x => x.UserEmail).HasMaxLength(256).IsRequired();
        a.Property(x => x.EntityType).HasMaxLength(40).IsRequired();
        a.Property(x => x.EntityId).HasMaxLength(450).IsRequired();
        a.Property(x => x.Action).HasMaxLength(40).IsRequired();
        a.Property(x => x.Before).HasMaxLength(AuditEntry.MaxSnapshotLength);
        a.Property(x => x.After).HasMaxLength(AuditEntry.MaxSnapshotLength);
        a.HasIndex(x => new { x.EntityType, x.EntityId });
    }
}

public static class AuditData
{
    extension(ShopDbContext db)
    {
        public DbSet<AuditEntry> AuditEntries => db.Set<AuditEntry>();
    }
}
