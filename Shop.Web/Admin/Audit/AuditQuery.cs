using Microsoft.EntityFrameworkCore;
using Shop.Web.Data;
using Shop.Web.Shared;

namespace Shop.Web.Admin.Audit;

/// <summary>The audit log as admins browse it: newest first, optionally one kind of record or one record.</summary>
public sealed class AuditQuery(ShopDbContext db)
{
    public async Task<AuditPage> PageAsync(string? entityType, string? entityId, int? page, CancellationToken ct)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(entityType)) query = query.Where(e => e.EntityType == entityType);
        if (!string.IsNullOrWhiteSpace(entityId)) query = query.Where(e => e.EntityId == entityId);
        var total = await query.CountAsync(ct);
        var current = Paging.Clamp(Paging.Page(page), total);
        var items = await query.OrderByDescending(e => e.Id)
            .Skip(Paging.Skip(current, total)).Take(Paging.PageSize).ToListAsync(ct);
        var types = await db.AuditEntries.Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);
        return new AuditPage(new PageOf<AuditEntry>(items, current, Paging.PageSize, total), entityType, entityId, types);
    }
}
