using Microsoft.EntityFrameworkCore;
using Shop.Domain;
using Shop.Domain.Ordering;
using Shop.Web.Data;

namespace Shop.Web.Documents;

/// <summary>
/// Gives paid orders their invoice numbers: the next after the highest given, once per order. Two requests giving
/// the same number at once meet the unique index (the second save fails and takes the next); two invoicing the same
/// order meet its row version (the second reads the number the first gave). No table lock, no provider's SQL.
/// </summary>
public sealed class InvoiceNumbers(ShopDbContext db, TimeProvider clock)
{
    private const int Attempts = 20;

    /// <summary>The order's invoice number, given now if it has none; null when the order was never paid.</summary>
    public async Task<int?> IssueAsync(int orderId, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var order = await db.Orders.FirstAsync(o => o.Id == orderId, ct);
            if (order.InvoiceNumber is { } given) return given;
            if (!order.CanBeInvoiced) return null;
            var next = (await db.Orders.MaxAsync(o => o.InvoiceNumber, ct) ?? 0) + 1;
            order.IssueInvoice(next, clock.GetUtcNow());
            try
            {
                await db.SaveChangesAsync(ct);
                return next;
            }
            catch (DbUpdateException e) when (attempt < Attempts && (e is DbUpdateConcurrencyException || e.IsUniqueViolation()))
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
