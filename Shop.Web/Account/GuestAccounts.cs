using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shop.Web.Data;

namespace Shop.Web.Account;

/// <summary>
/// An account made from a guest's order confirmation with one password: the order's email and name, the usual rules
/// (password rules, a confirmation mail, no sign-in before the email is confirmed), and the email's guest orders in it.
/// </summary>
public sealed class GuestAccounts(UserManager<ShopUser> users, AccountMail mail, ShopDbContext db, TimeProvider clock)
{
    public async Task<GuestAccountResult> CreateAsync(string email, string fullName, string password, CancellationToken ct)
    {
        if (await users.FindByEmailAsync(email) is not null) return GuestAccountResult.AlreadyRegistered;
        var now = clock.GetUtcNow();
        var user = new ShopUser { UserName = email, Email = email, FullName = fullName, CreatedAt = now };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return GuestAccountResult.Refused(created);

        var upper = email.ToUpperInvariant();
        var guestOrders = await db.Orders.Where(o => o.UserId == null && o.Email.ToUpper() == upper).ToListAsync(ct);
        foreach (var order in guestOrders) order.AttachTo(user.Id, now);
        await db.SaveChangesAsync(ct);
        await AccountController.SendConfirmationAsync(users, mail, user);
        return GuestAccountResult.Created;
    }
}
