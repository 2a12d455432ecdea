using Shop.Web.Shared;

namespace Shop.Web.Admin.Customers;

public sealed record CustomerList(PageOf<CustomerRow> Customers, string? Query);
