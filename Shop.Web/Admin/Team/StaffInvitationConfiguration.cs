using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Web.Data;

namespace Shop.Web.Admin.Team;

internal sealed class StaffInvitationConfiguration : IEntityTypeConfiguration<StaffInvitation>
{
    public void Configure(EntityTypeBuilder<StaffInvitation> i)
    {
        i.ToTable("StaffInvitations");
        i.Property(x => x.Id).ValueGeneratedNever();
        i.Property(x => x.Email).HasMaxLength(256).IsRequired();
        i.Property(x => x.NormalizedEmail).HasMaxLength(256).IsRequired();
        i.Property(x => x.OpenFor).HasMaxLength(256);
        i.Property(x => x.Role).HasMaxLength(40).IsRequired();
        i.Property(x => x.TokenHash).HasMaxLength(64).IsRequired().IsConcurrencyToken();
        i.Property(x => x.InvitedById).HasMaxLength(450).IsRequired();
        i.Property(x => x.InvitedByEmail).HasMaxLength(256).IsRequired();
        i.Property(x => x.AcceptedById).HasMaxLength(450);
        // Accepting, withdrawing and renewing check the row is as read: a double submit or a race accepts a link once.
        i.Property(x => x.AcceptedAt).IsConcurrencyToken();
        i.Property(x => x.WithdrawnAt).IsConcurrencyToken();
        i.HasIndex(x => x.TokenHash).IsUnique();
        i.HasIndex(x => x.OpenFor).IsUnique();
    }
}

public static class TeamData
{
    extension(ShopDbContext db)
    {
        public DbSet<StaffInvitation> StaffInvitations => db.Set<StaffInvitation>();
    }
}
