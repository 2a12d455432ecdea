using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Web.Data;

namespace Shop.Web.Payments;

internal sealed class PaymentNotificationConfiguration : IEntityTypeConfiguration<PaymentNotification>
{
    public void Configure(EntityTypeBuilder<PaymentNotification> n)
    {
        n.ToTable("PaymentNotifications");
        n.Property(x => x.Kind).HasMaxLength(60).IsRequired();
        n.Property(x => x.Subject).HasMaxLength(100).IsRequired();
        n.Property(x => x.OrderNumber).HasMaxLength(20);
        n.Property(x => x.HandledBy).HasMaxLength(256);
        // Of two staff marking one alert at once, one marks it; the other is told who did.
        n.Property(x => x.HandledAt).IsConcurrencyToken();
        n.HasIndex(x => new { x.Kind, x.Subject, x.Timestamp }).IsUnique();
    }
}

public static class PaymentNotificationData
{
    extension(ShopDbContext db)
    {
        public DbSet<PaymentNotification> PaymentNotifications => db.Set<PaymentNotification>();
    }
}
