namespace Shop.Domain.Ordering;

/// <summary>Someone asked an order to do something its current status does not allow (ship a pending order…).</summary>
public sealed class IllegalOrderTransition(string orderNumber, OrderStatus from, string action)
    : DomainException($"Order {orderNumber} is {from} and cannot be {action}.")
{
    public string OrderNumber { get; } = orderNumber;
    public OrderStatus From { get; } = from;
    public string Action { get; } = action;
}
