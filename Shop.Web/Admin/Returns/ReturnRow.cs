using Shop.Domain.Ordering;

namespace Shop.Web.Admin.Returns;

public sealed record ReturnRow(int Id, string OrderNumber, string Email, DateTimeOffset RequestedAt, ReturnStatus Status, int Items);
