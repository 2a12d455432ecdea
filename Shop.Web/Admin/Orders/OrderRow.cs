using Shop.Domain;
using Shop.Domain.Ordering;

namespace Shop.Web.Admin.Orders;

/// <summary>One order in the staff list; <paramref name="Name"/> is who it is delivered to.</summary>
public sealed record OrderRow(string Number, DateTimeOffset PlacedAt, string Email, string Name, OrderStatus Status, Money Total, int Items);
