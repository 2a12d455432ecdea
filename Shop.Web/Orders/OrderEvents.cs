using Shop.Domain;
using Shop.Domain.Ordering;
using Shop.Web.Live;
using Shop.Web.StaffMail;

namespace Shop.Web.Orders;

/// <summary>
/// What happens after an order's state is committed: the shopper's mail and live updates of the shopper's and
/// staff's open pages. Raised by the code that committed the change, never from views.
/// </summary>
public sealed class OrderEvents(OrderMail mail, OrderFeed live, StaffNotices staff, ILogger<OrderEvents> log) : IOrderEvents
{
    /// <summary>The order (with its lines) is paid and saved: the shopper gets the confirmation.</summary>
    public async Task PaidAsync(Order order)
    {
        await live.PaidAsync(order);
        await TellShopperAsync(order, "confirmation", mail.SendConfirmationAsync);
        log.LogInformation("Order {Order}: confirmation mail queued for the shopper", order.Number);
        staff.OrderPaid(order);
    }

    /// <summary>The order (with its lines) is shipped and saved: the shopper gets the tracking number.</summary>
    public async Task ShippedAsync(Order order)
    {
        await live.ChangedAsync(order);
        TellShopper(order, "shipping notice", mail.SendShipped);
    }

    public async Task DeliveredAsync(Order order)
    {
        await live.ChangedAsync(order);
        TellShopper(order, "delivery notice", mail.SendDelivered);
    }

    /// <summary>Staff cancelled the order (and reversed its payment): the shopper is told, and what money goes back now.</summary>
    public async Task CancelledAsync(Order order, MoneyBack goingBack)
    {
        await live.ChangedAsync(order);
        TellShopper(order, "cancellation notice", o => mail.SendCancelled(o, goingBack));
    }

    public async Task RefundedAsync(Order order, MoneyBack back)
    {
        await live.ChangedAsync(order);
        TellShopper(order, "refund notice", o => mail.SendRefunded(o, back));
    }

    /// <summary>
    /// The payment reconciler gave up on a pending order: the shopper was promised a mail either way on the
    /// "confirming your payment" page.
    /// </summary>
    public void NotPaid(Order order) => TellShopper(order, "payment-not-confirmed notice", mail.SendNotPaid);

    /// <summary>A payment failed at checkout and the order was cancelled: the shopper sees why on screen; open pages update.</summary>
    public Task ChangedAsync(Order order) => live.ChangedAsync(order);

    /// <summary>Staff wrote the shopper a note: it is mailed, and open pages of the order re-read it.</summary>
    public async Task NoteForShopperAsync(Order order, string note)
    {
        await live.ChangedAsync(order);
        TellShopper(order, "note", o => mail.SendNote(o, note));
    }

    public async Task ReturnChangedAsync(Order order, Func<(string Subject, string[] Paragraphs)> compose)
    {
        await live.ChangedAsync(order);
        TellShopper(order, "return", o => mail.SendAboutReturn(o, compose));
    }

    /// <summary>
    /// The change is already committed (and the money moved), so mail must not turn it into an error page that invites
    /// the shopper to pay again or staff to ship twice: it is queued (<see cref="Mail.MailOutbox"/>, which logs a mail
    /// server that is down), and anything failing here is logged for an operator too.
    /// </summary>
    private void TellShopper(Order order, string what, Action<Order> send) =>
        TellShopperAsync(order, what, o => { send(o); return Task.CompletedTask; }).GetAwaiter().GetResult();

    private async Task TellShopperAsync(Order order, string what, Func<Order, Task> send)
    {
        try
        {
            await send(order);
        }
        catch (Exception e)
        {
            log.LogError(e, "Could not send the {Mail} mail for order {Order}", what, order.Number);
        }
    }
}
