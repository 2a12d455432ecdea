using Shop.Domain.Ordering;

namespace Shop.Web.Orders;

/// <summary>
/// The shopper's order page: the order, its returns, and (while the return window is open) how many of each line can
/// still go back, with the return form as typed and why it was refused.
/// </summary>
public sealed record ShopperOrderPage(Order Order, IReadOnlyList<ReturnRequest> Returns, IReadOnlyDictionary<int, int>? Returnable,
    ReturnForm Form, string? ReturnError = null, DateOnly? ReturnBy = null);
