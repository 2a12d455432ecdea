namespace Shop.Web.Admin.Dashboard;

public sealed record TopProduct(int ProductId, string Name, int Units, decimal Revenue);
