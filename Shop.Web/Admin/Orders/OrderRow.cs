using Shop.Domain;
using Shop.Domain.Ordering;

namespace Shop.Web.Admin.Orders;

/// <summary>One order in the staff list.</summary>
public sealed record OrderRow(string Number, DateTimeOffset PlacedAt, string Email, OrderStatus Status, Money Total, int Items);
