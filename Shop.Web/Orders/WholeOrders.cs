using Microsoft.EntityFrameworkCore;
using Shop.Domain.Ordering;

namespace Shop.Web.Orders;

public static class WholeOrders
{
    /// <summary>Orders with their lines, tax per rate, history and refunds: all a page, a mail or a document shows of one.</summary>
    public static IQueryable<Order> Whole(this IQueryable<Order> orders) =>
        orders.AsSplitQuery().Include(o => o.Lines).Include(o => o.TaxLines).Include(o => o.History).Include(o => o.Refunds);
}
