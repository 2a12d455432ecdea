using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Domain.Checkout;
using Shop.Web.Data;

namespace Shop.Web.Account;

internal sealed class SavedAddressConfiguration : IEntityTypeConfiguration<SavedAddress>
{
    public void Configure(EntityTypeBuilder<SavedAddress> a)
    {
        a.ToTable("SavedAddresses");
        // The same limits as an order's address, which the form's rules tell the shopper.
        a.Property(x => x.UserId).IsRequired();
        a.Property(x => x.Recipient).HasMaxLength(Address.NameMax).IsRequired();
        a.Property(x => x.Company).HasMaxLength(Address.CompanyMax);
        a.Property(x => x.Line1).HasMaxLength(Address.LineMax).IsRequired();
        a.Property(x => x.Line2).HasMaxLength(Address.LineMax);
        a.Property(x => x.City).HasMaxLength(Address.CityMax).IsRequired();
        a.Property(x => x.Region).HasMaxLength(Address.RegionMax);
        a.Property(x => x.Phone).HasMaxLength(Address.PhoneMax);
        a.Property(x => x.PostalCode).HasMaxLength(Address.PostalCodeMax).IsRequired();
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
