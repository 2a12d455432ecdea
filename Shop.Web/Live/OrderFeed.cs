using Microsoft.AspNetCore.SignalR;
using Shop.Domain.Ordering;

namespace Shop.Web.Live;

/// <summary>
/// Tells the order's owner (their account pages) and staff that an order changed, after the change is committed.
/// A failure to send is logged, never raised: the change itself has happened.
/// </summary>
public sealed class OrderFeed(IHubContext<AccountHub> accounts, IHubContext<StaffHub> staff, ILogger<OrderFeed> log)
{
    /// <summary>The order was just paid: staff see a new order.</summary>
    public Task PaidAsync(Order order) => SendAsync(order, LiveMessages.NewOrder);

    /// <summary>Any other change of status, tracking or refunds.</summary>
    public Task ChangedAsync(Order order) => SendAsync(order, LiveMessages.Order);

    private async Task SendAsync(Order order, string staffMessage)
    {
        var update = OrderUpdate.Of(order);
        try
        {
            if (order.UserId is { } owner) await accounts.Clients.User(owner).SendAsync(LiveMessages.Order, update);
            await staff.Clients.All.SendAsync(staffMessage, update);
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Could not send the change of order {Order} to live pages", order.Number);
        }
    }
}
