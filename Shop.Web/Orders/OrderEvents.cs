using Shop.Domain;
using Shop.Domain.Ordering;
using Shop.Web.Live;

namespace Shop.Web.Orders;

/// <summary>
/// What happens after an order's state is committed: the shopper's mail and live updates of the shopper's and
/// staff's open pages. Raised by the code that committed the change, never from views.
/// </summary>
public sealed class OrderEvents(OrderMail mail, OrderFeed live, ILogger<OrderEvents> log)
{
    /// <summary>The order (with its lines) is paid and saved: the shopper gets the confirmation.</summary>
    public async Task PaidAsync(Order order, CancellationToken ct)
    {
        await live.PaidAsync(order);
        await TellShopperAsync(order, "confirmation", mail.SendConfirmationAsync, ct);
        log.LogInformation("Order {Order}: confirmation mail queued for the shopper", order.Number);
    }

    /// <summary>The order (with its lines) is shipped and saved: the shopper gets the tracking number.</summary>
    public async Task ShippedAsync(Order order, CancellationToken ct)
    {
        await live.ChangedAsync(order);
        await TellShopperAsync(order, "shipping notice", mail.SendShippedAsync, ct);
    }

    public async Task DeliveredAsync(Order order, CancellationToken ct)
    {
        await live.ChangedAsync(order);
        await TellShopperAsync(order, "delivery notice", mail.SendDeliveredAsync, ct);
    }

    /// <summary>Staff cancelled the order (and reversed its payment): the shopper is told, and whether money goes back.</summary>
    public async Task CancelledAsync(Order order, CancellationToken ct)
    {
        await live.ChangedAsync(order);
        await TellShopperAsync(order, "cancellation notice", mail.SendCancelledAsync, ct);
    }

    public async Task RefundedAsync(Order order, Money amount, CancellationToken ct)
    {
        await live.ChangedAsync(order);
        await TellShopperAsync(order, "refund notice", (o, t) => mail.SendRefundedAsync(o, amount, t), ct);
    }

    /// <summary>
    /// The payment reconciler gave up on a pending order: the shopper was promised a mail either way on the
    /// "confirming your payment" page.
    /// </summary>
    public Task NotPaidAsync(Order order, CancellationToken ct) =>
        TellShopperAsync(order, "payment-not-confirmed notice", mail.SendNotPaidAsync, ct);

    /// <summary>A payment failed at checkout and the order was cancelled: the shopper sees why on screen; open pages update.</summary>
    public Task ChangedAsync(Order order) => live.ChangedAsync(order);

    /// <summary>
    /// The change is already committed (and the money moved), so mail must not turn it into an error page that invites
    /// the shopper to pay again or staff to ship twice: it is queued (<see cref="Mail.MailOutbox"/>, which logs a mail
    /// server that is down), and anything failing here is logged for an operator too.
    /// </summary>
    private async Task TellShopperAsync(Order order, string what, Func<Order, CancellationToken, Task> send, CancellationToken ct)
    {
        try
        {
            await send(order, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Could not send the {Mail} mail for order {Order}", what, order.Number);
        }
    }
}
