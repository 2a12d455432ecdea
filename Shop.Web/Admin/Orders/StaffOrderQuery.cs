using Microsoft.EntityFrameworkCore;
using Shop.Domain;
using Shop.Domain.Ordering;
using Shop.Web.Data;
using Shop.Web.Orders;
using Shop.Web.Shared;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Orders;

/// <summary>
/// Orders as staff look for them: newest first, filtered by status, days placed, customer (email or name) and number; unpaid attempts
/// only when asked for.
/// </summary>
public sealed class StaffOrderQuery(ShopDbContext db)
{
    public async Task<OrderList> ListAsync(OrderFilter filter, int? page, CancellationToken ct)
    {
        var query = Filtered(filter);
        var hidden = filter.Attempts ? 0 : await query.CountAsync(OrderLists.IsUnpaidAttempt, ct);
        return new OrderList(await PageAsync(Shown(query, filter), newestFirst: true, page, ct), filter, hidden);
    }

    /// <summary>Every order the filter shows (not one page), newest first: for the CSV export.</summary>
    public IQueryable<Order> AllMatching(OrderFilter filter) =>
        Shown(Filtered(filter), filter).OrderByDescending(o => o.PlacedAt).ThenByDescending(o => o.Id);

    private static IQueryable<Order> Shown(IQueryable<Order> query, OrderFilter filter) =>
        filter.Attempts ? query : query.Where(OrderLists.IsNotUnpaidAttempt);

    private IQueryable<Order> Filtered(OrderFilter filter)
    {
        var query = db.Orders.AsNoTracking();
        if (filter.Status is { } status) query = query.Where(o => o.Status == status);
        if (filter.From is { } from)
        {
            var start = ShopTime.StartOf(from);
            query = query.Where(o => o.PlacedAt >= start);
        }
        if (filter.To is { } to && to < DateOnly.MaxValue) // the last day there is has no day after it to stop at
        {
            var end = ShopTime.StartOf(to.AddDays(1));
            query = query.Where(o => o.PlacedAt < end);
        }
        if (!string.IsNullOrWhiteSpace(filter.Email))
        {
            var pattern = Like.ContainingAnyCase(filter.Email[..Math.Min(filter.Email.Length, 254)]);
            query = query.Where(o => EF.Functions.Like(o.Email.ToLower(), pattern, Like.Escape)
                || EF.Functions.Like(o.ShippingAddress.FullName.ToLower(), pattern, Like.Escape)
                || (o.BillingAddress != null && EF.Functions.Like(o.BillingAddress.FullName.ToLower(), pattern, Like.Escape)));
        }
        if (!string.IsNullOrWhiteSpace(filter.Number))
        {
            var pattern = Like.Containing(filter.Number[..Math.Min(filter.Number.Length, 20)].ToUpperInvariant());
            query = query.Where(o => EF.Functions.Like(o.Number, pattern, Like.Escape));
        }

        return query;
    }

    /// <summary>Paid orders not shipped yet, oldest first: the order they should go out in.</summary>
    public Task<PageOf<OrderRow>> ToFulfilAsync(int? page, CancellationToken ct) =>
        PageAsync(db.Orders.AsNoTracking().Where(OrderLists.IsToFulfil), newestFirst: false, page, ct);

    /// <summary>
    /// The page's orders first, then the items of those alone: summed in the page's query, the lines of every skipped
    /// order were summed too, so a deep page took seconds.
    /// </summary>
    private async Task<PageOf<OrderRow>> PageAsync(IQueryable<Order> query, bool newestFirst, int? page, CancellationToken ct)
    {
        var total = await query.CountAsync(ct);
        var current = Paging.Clamp(Paging.Page(page), total);
        var ordered = newestFirst
            ? query.OrderByDescending(o => o.PlacedAt).ThenByDescending(o => o.Id)
            : query.OrderBy(o => o.PlacedAt).ThenBy(o => o.Id);
        var rows = await ordered.Skip(Paging.Skip(current, total)).Take(Paging.PageSize)
            .Select(o => new { o.Id, o.Number, o.PlacedAt, o.Email, o.ShippingAddress.FullName, o.Status, o.Total.Amount, o.Currency })
            .ToListAsync(ct);
        var ids = rows.Select(o => o.Id).ToList();
        var items = await db.Orders.Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, Items = o.Lines.Sum(l => l.Quantity) }).ToDictionaryAsync(o => o.Id, o => o.Items, ct);
        var list = rows.Select(o => new OrderRow(o.Number, o.PlacedAt, o.Email, o.FullName, o.Status, new Money(o.Amount, o.Currency), items.GetValueOrDefault(o.Id))).ToList();
        return new PageOf<OrderRow>(list, current, Paging.PageSize, total);
    }

    /// <summary>The order with its lines and timeline, or null for an unknown number.</summary>
    public async Task<Order?> FindAsync(string number, CancellationToken ct)
    {
        number = number.Trim().ToUpperInvariant();
        if (!OrderNumber.IsValid(number)) return null;
        return await db.Orders.AsNoTracking().Whole()
            .FirstOrDefaultAsync(o => o.Number == number, ct);
    }

}
