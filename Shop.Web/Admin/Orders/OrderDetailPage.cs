using Shop.Domain.Ordering;

namespace Shop.Web.Admin.Orders;

/// <summary>
/// An order as staff see it, with the forms of the actions its status allows. <see cref="Error"/> is a refused
/// action (wrong status, gateway said no); field errors travel in ModelState. <see cref="Delivery"/> is a correction of
/// the delivery address sent back (the form shows open), or null (it shows the order's address, closed).
/// </summary>
public sealed record OrderDetailPage(Order Order, ShipForm Ship, RefundForm Refund, CancelForm Cancel, NoteForm Note, string? Error = null,
    DeliveryAddressForm? Delivery = null);
