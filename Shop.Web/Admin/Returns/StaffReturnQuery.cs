using Microsoft.EntityFrameworkCore;
using Shop.Domain.Ordering;
using Shop.Web.Data;
using Shop.Web.Orders;
using Shop.Web.Shared;

namespace Shop.Web.Admin.Returns;

/// <summary>Returns as staff look for them.</summary>
public sealed class StaffReturnQuery(ShopDbContext db)
{
    public async Task<ReturnList> ListAsync(bool all, int? page, CancellationToken ct)
    {
        var query = all ? db.Returns.AsNoTracking() : db.Returns.AsNoTracking().Where(ReturnRequest.IsToHandle);
        var total = await query.CountAsync(ct);
        var current = Paging.Clamp(Paging.Page(page), total);
        var joined = query.Join(db.Orders, r => r.OrderId, o => o.Id,
            (r, o) => new { r.Id, r.OrderNumber, o.Email, r.RequestedAt, r.Status, Items = r.Lines.Sum(l => l.Quantity) });
        var ordered = all ? joined.OrderByDescending(r => r.Id) : joined.OrderBy(r => r.Id);
        var rows = (await ordered.Skip(Paging.Skip(current, total)).Take(Paging.PageSize).ToListAsync(ct))
            .Select(r => new ReturnRow(r.Id, r.OrderNumber, r.Email, r.RequestedAt, r.Status, r.Items)).ToList();
        return new ReturnList(new PageOf<ReturnRow>(rows, current, Paging.PageSize, total), all);
    }

    public async Task<ReturnDetailPage?> FindAsync(int id, CancellationToken ct)
    {
        var r = await db.Returns.AsNoTracking().Include(x => x.Lines).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (r is null) return null;
        var order = await db.Orders.AsNoTracking().Whole().FirstAsync(o => o.Id == r.OrderId, ct);
        var orderReturns = await db.Returns.AsNoTracking().Include(x => x.Lines).Where(x => x.OrderId == order.Id).ToListAsync(ct);
        var variants = r.Lines.Select(l => l.VariantId).ToList();
        var still = await db.Variants.Where(v => variants.Contains(v.Id)).Select(v => v.Id).ToListAsync(ct);
        return new ReturnDetailPage(r, order, orderReturns) { VariantRemoved = r.Lines.Where(l => !still.Contains(l.VariantId)).Select(l => l.Id).ToHashSet() };
    }
}
