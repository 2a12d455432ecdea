using System.Linq.Expressions;

namespace Shop.Domain.Ordering;

/// <summary>
/// One shopper's orders, for "uses per shopper" of a discount code: those of the signed-in account, and those to the
/// same <see cref="Mailbox"/> (another case or "+tag" of the address is the same shopper), as a query the database runs.
/// </summary>
public static class SameShopper
{
    public static Expression<Func<Order, bool>> Orders(string? userId, string email)
    {
        var mailbox = Mailbox.Of(email);
        var at = mailbox.LastIndexOf('@');
        // An order's address reaches the mailbox when, lower-cased, it is the mailbox or its local part plus a tag: one @ in each.
        if (at < 1 || mailbox[0] == '+')
            return o => (userId != null && o.UserId == userId) || o.Email.ToLower() == mailbox;
        var tagged = mailbox[..at] + "+";
        var domain = mailbox[at..];
        return o => (userId != null && o.UserId == userId) || o.Email.ToLower() == mailbox
                    || (o.Email.ToLower().StartsWith(tagged) && o.Email.ToLower().EndsWith(domain));
    }
}
