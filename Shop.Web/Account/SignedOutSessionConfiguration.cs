using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.Web.Account;

internal sealed class SignedOutSessionConfiguration : IEntityTypeConfiguration<SignedOutSession>
{
    public void Configure(EntityTypeBuilder<SignedOutSession> s)
    {
        s.ToTable("SignedOutSessions");
        s.HasKey(x => x.Id);
        s.Property(x => x.Id).HasMaxLength(32);
        s.HasIndex(x => x.Until);
    }
}
