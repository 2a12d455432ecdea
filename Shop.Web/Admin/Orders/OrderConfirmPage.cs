using Shop.Domain.Ordering;

namespace Shop.Web.Admin.Orders;

/// <summary>A refund or cancellation about to happen, shown with what it does to the money before staff confirm it.</summary>
public sealed record OrderConfirmPage(Order Order, RefundForm? Refund, CancelForm? Cancel);
