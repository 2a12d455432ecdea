using Shop.Web.Shared;

namespace Shop.Web.Admin.Orders;

/// <summary>
/// The staff order list: one page of orders, the filter that chose them, and how many unpaid attempts the filter
/// matched but left out (0 when they are shown).
/// </summary>
public sealed record OrderList(PageOf<OrderRow> Orders, OrderFilter Filter, int HiddenAttempts);
