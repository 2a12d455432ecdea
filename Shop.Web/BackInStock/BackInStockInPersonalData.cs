using Microsoft.EntityFrameworkCore;
using Shop.Web.Account;
using Shop.Web.Data;

namespace Shop.Web.BackInStock;

/// <summary>
/// Back-in-stock requests for the account's address, in its copy of its data; only once the account has proved the
/// address, as requests are kept by address and anyone may type one.
/// </summary>
public sealed class BackInStockInPersonalData(ShopDbContext db) : IPersonalDataPart
{
    public string Name => "backInStock";

    public async Task<object> CopyAsync(ShopUser user, CancellationToken ct)
    {
        if (!user.EmailConfirmed || string.IsNullOrEmpty(user.Email)) return Array.Empty<object>();
        var email = user.Email.ToLowerInvariant();
        return await db.BackInStockRequests.AsNoTracking().Where(r => r.Email == email).OrderBy(r => r.CreatedAt)
            .Select(r => new
            {
                Product = db.Products.Where(p => p.Id == r.ProductId).Select(p => p.Name).FirstOrDefault(),
                Variant = db.Variants.Where(v => v.Id == r.VariantId).Select(v => v.Sku).FirstOrDefault(),
                r.CreatedAt, r.ConfirmedAt, r.NotifiedAt,
            })
            .ToListAsync(ct);
    }
}
