using Shop.Web.Shared;

namespace Shop.Web.Admin.Orders;

/// <summary>The "To fulfil" list with its bulk ship form (as typed, when it was refused).</summary>
public sealed record FulfilmentPage(PageOf<OrderRow> Orders, BulkShipForm Ship);
