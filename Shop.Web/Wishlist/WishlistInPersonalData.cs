using Microsoft.EntityFrameworkCore;
using Shop.Web.Account;
using Shop.Web.Data;

namespace Shop.Web.Wishlist;

/// <summary>The account's wishlist in its copy of its data: each product saved and when.</summary>
public sealed class WishlistInPersonalData(ShopDbContext db) : IPersonalDataPart
{
    public string Name => "wishlist";

    public async Task<object> CopyAsync(ShopUser user, CancellationToken ct) =>
        await db.WishlistItems.AsNoTracking().Where(w => w.UserId == user.Id).OrderBy(w => w.AddedAt)
            .Select(w => new { Product = db.Products.Where(p => p.Id == w.ProductId).Select(p => p.Name).FirstOrDefault(), w.AddedAt })
            .ToListAsync(ct);
}
