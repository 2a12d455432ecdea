using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Web.Data;

namespace Shop.Web.Settings;

internal sealed class ShopSettingConfiguration : IEntityTypeConfiguration<ShopSetting>
{
    public void Configure(EntityTypeBuilder<ShopSetting> s)
    {
        s.ToTable("ShopSettings");
        s.HasKey(x => x.Key);
        s.Property(x => x.Key).HasMaxLength(100);
        s.Property(x => x.Value).HasMaxLength(ShopSetting.MaxValueLength).IsRequired();
        s.Property(x => x.ChangedBy).HasMaxLength(256).IsRequired();
    }
}

public static class SettingsData
{
    extension(ShopDbContext db)
    {
        public DbSet<ShopSetting> ShopSettings => db.Set<ShopSetting>();
    }
}
