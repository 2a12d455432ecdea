using Microsoft.EntityFrameworkCore;
using Shop.Web.Admin.Products;
using Shop.Web.Data;

namespace Shop.Web.Admin.Discounts;

/// <summary>
/// A product a discount code is limited to is archived, not deleted: the code keeps naming it (and its form keeps it
/// ticked), instead of naming nothing, which would make it a code for the whole cart once saved again.
/// </summary>
public sealed class DiscountedProductUsage(ShopDbContext db) : IProductUsage
{
    public async Task<bool> IsReferencedAsync(int productId, CancellationToken ct) =>
        (await db.DiscountCodes.AsNoTracking().Select(d => d.ProductIds).ToListAsync(ct)).Any(ids => ids.Contains(productId));
}
