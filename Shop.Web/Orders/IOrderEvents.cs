using Shop.Domain;
using Shop.Domain.Ordering;

namespace Shop.Web.Orders;

/// <summary>What the code that commits an order's change raises; <see cref="OrderEvents"/> tells shopper and staff.</summary>
public interface IOrderEvents
{
    Task PaidAsync(Order order);
    Task ShippedAsync(Order order);
    Task DeliveredAsync(Order order);
    /// <summary>Staff cancelled the order: <paramref name="goingBack"/> is what goes back now, with the tax within it.</summary>
    Task CancelledAsync(Order order, MoneyBack goingBack);
    Task RefundedAsync(Order order, MoneyBack back);
    void NotPaid(Order order);
    Task ChangedAsync(Order order);
    /// <summary>Staff wrote the shopper a note on the order (saved): by default only the live pages hear of it.</summary>
    Task NoteForShopperAsync(Order order, string note) => ChangedAsync(order);
    /// <summary>
    /// A step of a return was saved: the shopper is mailed (by default only the live pages hear of it). The mail's
    /// subject and paragraphs are composed in the order's language.
    /// </summary>
    Task ReturnChangedAsync(Order order, Func<(string Subject, string[] Paragraphs)> mail) => ChangedAsync(order);
}
