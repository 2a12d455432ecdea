using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.Web.Data;

internal sealed class ShopUserConfiguration : IEntityTypeConfiguration<ShopUser>
{
    public void Configure(EntityTypeBuilder<ShopUser> u)
    {
        u.Property(x => x.FullName).HasMaxLength(100).IsRequired();
        u.Property(x => x.BraintreeCustomerId).HasMaxLength(100);
    }
}
