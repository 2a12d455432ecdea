using Microsoft.EntityFrameworkCore;
using Shop.Domain.Ordering;
using Shop.Web.Data;

namespace Shop.Web.Admin.Orders;

/// <summary>Counts the paid orders not shipped yet (<see cref="OrderLists.IsToFulfil"/>).</summary>
public sealed class OrdersToFulfil(ShopDbContext db) : IFulfilmentQueue
{
    public Task<int> CountAsync(CancellationToken ct) => db.Orders.CountAsync(OrderLists.IsToFulfil, ct);
}
