using Shop.Web.Shared;

namespace Shop.Web.Orders;

/// <summary>
/// A shopper's order history: a page of their orders, and how many unpaid attempts (declined or abandoned payments) were left
/// out (0 when <see cref="ShowsAttempts"/>); and how many orders placed with their address as a guest could join the account.
/// </summary>
public sealed record ShopperOrderHistory(PageOf<ShopperOrderRow> Orders, int HiddenAttempts, bool ShowsAttempts)
{
    public int GuestOrders { get; init; }
}
