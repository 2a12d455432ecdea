using Microsoft.EntityFrameworkCore;
using Shop.Web.Data;

namespace Shop.Web.Documents;

/// <summary>
/// Gives refunds that correct an issued invoice their credit note numbers, in the shop's own credit note series, the
/// way <see cref="InvoiceNumbers"/> gives invoice numbers: the next after the highest given, once per refund. The unique
/// index makes the second of two requests giving the same number take the next; the order's row version makes the second
/// of two issuing for the same refund read the number the first gave.
/// </summary>
public sealed class CreditNoteNumbers(ShopDbContext db, TimeProvider clock)
{
    private const int Attempts = 20;

    /// <summary>The refund's credit note number, given now if it has none; null when the refund needs no credit note.</summary>
    public async Task<int?> IssueAsync(int orderId, int refundId, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var order = await db.Orders.Include(o => o.Refunds).FirstAsync(o => o.Id == orderId, ct);
            var refund = order.Refunds.First(r => r.Id == refundId);
            if (refund.CreditNoteNumber is { } given) return given;
            if (!refund.CorrectsInvoice) return null;
            var next = (await db.OrderRefunds.MaxAsync(r => r.CreditNoteNumber, ct) ?? 0) + 1;
            order.IssueCreditNote(refund, next, clock.GetUtcNow());
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
