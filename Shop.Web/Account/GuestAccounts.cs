using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shop.Web.Data;

namespace Shop.Web.Account;

/// <summary>
/// An account made from a guest's order confirmation with one password: the order's email and name, the usual rules
/// (password rules, a confirmation mail, no sign-in before the email is confirmed), and the email's guest orders in it.
/// An account made otherwise gets its email's guest orders once the email is proved (<see cref="ClaimOrdersAsync"/>).
/// </summary>
public sealed class GuestAccounts(UserManager<ShopUser> users, AccountMail mail, ShopDbContext db, TimeProvider clock)
{
    public async Task<GuestAccountResult> CreateAsync(string email, string fullName, string password, CancellationToken ct)
    {
        if (await users.FindByEmailAsync(email) is not null) return GuestAccountResult.AlreadyRegistered;
        var user = new ShopUser { UserName = email, Email = email, FullName = fullName, CreatedAt = clock.GetUtcNow() };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return GuestAccountResult.Refused(created);

        await ClaimOrdersAsync(user, ct);
        await AccountController.SendConfirmationAsync(users, mail, user);
        return GuestAccountResult.Created;
    }

    /// <summary>The orders placed as a guest with the account's email go in the account.</summary>
    public async Task ClaimOrdersAsync(ShopUser user, CancellationToken ct)
    {
        var upper = user.Email!.ToUpperInvariant();
        var guestOrders = await db.Orders.Where(o => o.UserId == null && o.Email.ToUpper() == upper).ToListAsync(ct);
        if (guestOrders.Count == 0) return;
        var now = clock.GetUtcNow();
        foreach (var order in guestOrders) order.AttachTo(user.Id, now);
        await db.SaveChangesAsync(ct);
    }
}
