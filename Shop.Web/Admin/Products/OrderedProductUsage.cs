using Microsoft.EntityFrameworkCore;
using Shop.Domain.Ordering;
using Shop.Web.Data;

namespace Shop.Web.Admin.Products;

/// <summary>A product someone has ordered stays in the database: receipts, refunds and reports point at it.</summary>
public sealed class OrderedProductUsage(ShopDbContext db) : IProductUsage
{
    public Task<bool> IsReferencedAsync(int productId, CancellationToken ct) =>
        db.Set<OrderLine>().AnyAsync(l => l.ProductId == productId, ct);
}
