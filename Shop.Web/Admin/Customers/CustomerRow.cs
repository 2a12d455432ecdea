namespace Shop.Web.Admin.Customers;

public sealed record CustomerRow(string Id, string Email, string FullName, DateTimeOffset CreatedAt, bool IsLocked);
