using Microsoft.EntityFrameworkCore;
using Shop.Web.Data;

namespace Shop.Web.Account;

/// <summary>
/// What deleting an account does to the rest of the shop: the cart goes, and what features keep of the person
/// (<see cref="IPersonalData"/>); orders stay for the books (the law wants invoices kept), with the name, addresses
/// and email they were placed with, but no longer point at the account. The delete page says so.
/// </summary>
public sealed class AccountErasure(ShopDbContext db, IEnumerable<IPersonalData> personalData)
{
    public async Task ForgetAsync(ShopUser user, CancellationToken ct)
    {
        await db.Carts.Where(c => c.UserId == user.Id).ExecuteDeleteAsync(ct);
        await db.Orders.Where(o => o.UserId == user.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.UserId, (string?)null), ct);
        foreach (var data in personalData) await data.ForgetAsync(user, ct);
    }
}
