using Shop.Domain;
using Shop.Domain.Ordering;

namespace Shop.Web.Orders;

/// <summary>One line of a shopper's order history.</summary>
public sealed record ShopperOrderRow(string Number, DateTimeOffset PlacedAt, OrderStatus Status, Money Total, int Items);
