using Microsoft.EntityFrameworkCore;
using Shop.Web.Account;
using Shop.Web.Data;

namespace Shop.Web.Cart;

/// <summary>The account's cart in its copy of its data: what is in it, and its discount code.</summary>
public sealed class CartInPersonalData(ShopDbContext db) : IPersonalDataPart
{
    public string Name => "cart";

    public async Task<object> CopyAsync(ShopUser user, CancellationToken ct) =>
        await db.Carts.AsNoTracking().Where(c => c.UserId == user.Id)
            .Select(c => new
            {
                c.UpdatedAt, c.DiscountCode,
                Lines = c.Lines.OrderBy(l => l.Id).Select(l => new
                {
                    Product = db.Variants.Where(v => v.Id == l.VariantId).SelectMany(v => db.Products.Where(p => p.Id == v.ProductId)).Select(p => p.Name).FirstOrDefault(),
                    Variant = db.Variants.Where(v => v.Id == l.VariantId).Select(v => v.Sku).FirstOrDefault(),
                    l.Quantity,
                }).ToList(),
            })
            .FirstOrDefaultAsync(ct) ?? (object)new { Lines = Array.Empty<object>() };
}
