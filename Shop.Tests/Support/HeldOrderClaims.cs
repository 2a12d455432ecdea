using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Shop.Tests.Support;

/// <summary>
/// Holds a save that claims an order for a refund or reversal (<see cref="Order.StartPaymentChange"/>) after the
/// order was read and before the claim reaches the database: where two staff acting at once can interleave.
/// </summary>
public sealed class HeldOrderClaims : SaveChangesInterceptor
{
    public Hold Claim { get; } = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        var claims = eventData.Context!.ChangeTracker.Entries<Order>().Any(e =>
            e.State == EntityState.Modified && e.Property(o => o.PaymentChangeStartedAt) is { IsModified: true, OriginalValue: null });
        if (claims) await Claim.PassAsync();
        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
