namespace Shop.Web.Admin.Orders;

/// <summary>The staff order list: one page of orders and the filter that chose them.</summary>
public sealed record OrderList(PageOf<OrderRow> Orders, OrderFilter Filter);
