using Microsoft.EntityFrameworkCore;
using Shop.Web.Data;

namespace Shop.Web.Account;

/// <summary>
/// What deleting an account does to the rest of the shop: the cart goes; orders stay for the books (the law wants
/// invoices kept) but no longer point at the account, so nothing links them to a person who asked to be forgotten.
/// </summary>
public sealed class AccountErasure(ShopDbContext db)
{
    public async Task ForgetAsync(string userId, CancellationToken ct)
    {
        await db.Carts.Where(c => c.UserId == userId).ExecuteDeleteAsync(ct);
        await db.Orders.Where(o => o.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(o => o.UserId, (string?)null), ct);
    }
}
