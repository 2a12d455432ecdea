using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shop.Web.Data;

namespace Shop.Web.Account;

/// <summary>
/// Guest orders and accounts. An account made from a guest's order confirmation takes one password: the order's
/// email and name, the usual rules (password rules, a confirmation mail, no sign-in before the email is confirmed),
/// and that one order in it, as the browser that placed it made the account.
/// The email's other guest orders join an account only when one person proves both the mailbox and the password
/// (<see cref="ClaimOrdersAsync"/>): the confirmation link and then the password, or a password reset. A guest checkout
/// takes any email, so an account made with someone else's address must not see that person's orders.
/// </summary>
public sealed class GuestAccounts(UserManager<ShopUser> users, AccountMail mail, ShopDbContext db, TimeProvider clock)
{
    public async Task<GuestAccountResult> CreateAsync(string orderNumber, string email, string fullName, string password, CancellationToken ct)
    {
        // Only the browser that placed the order posts here: an account holding this order is its double click's first post's.
        if (await users.FindByEmailAsync(email) is { } existing)
            return await db.Orders.AnyAsync(o => o.Number == orderNumber && o.UserId == existing.Id, ct)
                ? GuestAccountResult.Created : GuestAccountResult.AlreadyRegistered;
        var order = await db.Orders.FirstOrDefaultAsync(o => o.Number == orderNumber && o.UserId == null, ct);
        if (order is null) return GuestAccountResult.Created; // joined that first post's account since the look-up

        var user = new ShopUser { UserName = email, Email = email, FullName = fullName, CreatedAt = clock.GetUtcNow() };
        // The order joins the account in the account's own save (the user store saves this context): nobody sees one
        // without the other.
        order.AttachTo(user.Id, clock.GetUtcNow());
        var created = await users.CreateUnlessTakenAsync(user, password);
        if (created is not { Succeeded: true }) db.ChangeTracker.Clear(); // nothing of this post is saved
        if (created is null) return GuestAccountResult.Created; // made since the look-up: the double click's first post
        if (!created.Succeeded) return GuestAccountResult.Refused(created);
        await AccountController.SendConfirmationAsync(users, mail, user);
        return GuestAccountResult.Created;
    }

    /// <summary>How many guest orders with the account's email no account holds yet.</summary>
    public Task<int> UnclaimedCountAsync(ShopUser user, CancellationToken ct) => Unclaimed(user).CountAsync(ct);

    /// <summary>
    /// For guest orders placed after the account was made: the confirmation link again, to the account's address, whose
    /// page takes the password (<see cref="ClaimOrdersAsync"/>). False when the hour's mail allowance is used up.
    /// </summary>
    public async Task<bool> MailClaimLinkAsync(ShopUser user, int orders) =>
        await mail.SendGuestOrdersLinkAsync(user, await users.GenerateEmailConfirmationTokenAsync(user), orders);

    /// <summary>
    /// The guest orders placed with the account's email go in the account; how many did. Only once the mailbox and the
    /// password are proved by the same person (see the class).
    /// </summary>
    public async Task<int> ClaimOrdersAsync(ShopUser user, CancellationToken ct)
    {
        var guestOrders = await Unclaimed(user).ToListAsync(ct);
        if (guestOrders.Count == 0) return 0;
        var now = clock.GetUtcNow();
        foreach (var order in guestOrders) order.AttachTo(user.Id, now);
        await db.SaveChangesAsync(ct);
        return guestOrders.Count;
    }

    private IQueryable<Shop.Domain.Ordering.Order> Unclaimed(ShopUser user)
    {
        var upper = user.Email!.ToUpperInvariant();
        return db.Orders.Where(o => o.UserId == null && o.Email.ToUpper() == upper);
    }
}
