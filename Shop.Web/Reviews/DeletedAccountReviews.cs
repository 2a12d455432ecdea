using Microsoft.EntityFrameworkCore;
using Shop.Web.Account;
using Shop.Web.Data;

namespace Shop.Web.Reviews;

/// <summary>
/// A deleted account's reviews go through the context before the account, not by the database's cascade, so
/// <see cref="Catalog.CatalogChanges"/> sees approved ones leave: pages, ratings and search drop them at once.
/// </summary>
public sealed class DeletedAccountReviews(ShopDbContext db) : IPersonalData
{
    public async Task ForgetAsync(ShopUser user, CancellationToken ct)
    {
        db.ProductReviews.RemoveRange(await db.ProductReviews.Where(r => r.UserId == user.Id).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
    }
}
