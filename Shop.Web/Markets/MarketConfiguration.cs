using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Domain.Markets;
using Shop.Web.Data;

namespace Shop.Web.Markets;

internal sealed class TaxZoneConfiguration : IEntityTypeConfiguration<TaxZone>
{
    public void Configure(EntityTypeBuilder<TaxZone> z)
    {
        z.HasEditVersion();
        z.ToTable("TaxZones");
        z.Property(x => x.Name).HasMaxLength(TaxZone.NameMax).IsRequired();
        z.Property(x => x.TaxName).HasMaxLength(TaxZone.TaxNameMax).IsRequired();
        z.Property(x => x.Countries).HasMaxLength(ZoneArea.TextMax).IsRequired();
        z.Property(x => x.Regions).HasMaxLength(ZoneArea.TextMax).IsRequired();
        z.Property(x => x.StandardRate).HasPrecision(9, 6);
        z.Property(x => x.ReducedRate).HasPrecision(9, 6);
        z.Ignore(x => x.Area);
    }
}

internal sealed class ShippingZoneConfiguration : IEntityTypeConfiguration<ShippingZone>
{
    public void Configure(EntityTypeBuilder<ShippingZone> z)
    {
        z.HasEditVersion();
        z.ToTable("ShippingZones");
        z.Property(x => x.Name).HasMaxLength(ShippingZone.NameMax).IsRequired();
        z.Property(x => x.Countries).HasMaxLength(ZoneArea.TextMax).IsRequired();
        z.Property(x => x.Regions).HasMaxLength(ZoneArea.TextMax).IsRequired();
        z.Ignore(x => x.Area);
        z.HasMany(x => x.Methods).WithOne().HasForeignKey("ShippingZoneId").OnDelete(DeleteBehavior.Cascade);
        z.Navigation(x => x.Methods).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ZoneMethodConfiguration : IEntityTypeConfiguration<ZoneMethod>
{
    public void Configure(EntityTypeBuilder<ZoneMethod> m)
    {
        m.ToTable("ShippingZoneMethods");
        m.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        m.Property(x => x.Basis).HasConversion<string>().HasMaxLength(20);
        m.Property(x => x.Name).HasMaxLength(ZoneMethod.NameMax).IsRequired();
        m.Property(x => x.Bands).HasMaxLength(PriceBands.TextMax).IsRequired();
        m.Property(x => x.FreeFrom).IsAmount();
        m.Ignore(x => x.Promise);
        m.HasIndex("ShippingZoneId", nameof(ZoneMethod.Kind)).IsUnique();
    }
}

public static class MarketData
{
    extension(ShopDbContext db)
    {
        public DbSet<TaxZone> TaxZones => db.Set<TaxZone>();
        public DbSet<ShippingZone> ShippingZones => db.Set<ShippingZone>();
    }
}
