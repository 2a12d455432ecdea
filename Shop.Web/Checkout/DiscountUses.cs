using Microsoft.EntityFrameworkCore;
using Shop.Web.Data;

namespace Shop.Web.Checkout;

/// <summary>
/// Counts discount-code uses like stock: one conditional UPDATE, so the last allowed use goes to one order only,
/// even when many checkouts race for it. A use is taken when the order is placed and given back if payment fails.
/// </summary>
public sealed class DiscountUses(ShopDbContext db)
{
    public async Task<bool> TryTakeAsync(string code, CancellationToken ct) =>
        await db.DiscountCodes
            .Where(d => d.Code == code && (d.UsageLimit == null || d.TimesUsed < d.UsageLimit))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.TimesUsed, d => d.TimesUsed + 1), ct) == 1;

    public Task GiveBackAsync(string code, CancellationToken ct) =>
        db.DiscountCodes.Where(d => d.Code == code && d.TimesUsed > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.TimesUsed, d => d.TimesUsed - 1), ct);
}
