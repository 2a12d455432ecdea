using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Web.Data;

namespace Shop.Web.Account;

internal sealed class SavedAddressConfiguration : IEntityTypeConfiguration<SavedAddress>
{
    public void Configure(EntityTypeBuilder<SavedAddress> a)
    {
        a.ToTable("SavedAddresses");
        a.Property(x => x.UserId).IsRequired();
        a.Property(x => x.Recipient).HasMaxLength(100).IsRequired();
        a.Property(x => x.Line1).HasMaxLength(200).IsRequired();
        a.Property(x => x.Line2).HasMaxLength(200);
        a.Property(x => x.City).HasMaxLength(100).IsRequired();
        a.Property(x => x.PostalCode).HasMaxLength(20).IsRequired();
        a.Property(x => x.Country).HasMaxLength(60).IsRequired();
        // Deleting an account deletes its addresses: they are personal data.
        a.HasOne<ShopUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        a.HasIndex(x => x.UserId);
    }
}

public static class SavedAddressData
{
    extension(ShopDbContext db)
    {
        public DbSet<SavedAddress> SavedAddresses => db.Set<SavedAddress>();
    }
}
