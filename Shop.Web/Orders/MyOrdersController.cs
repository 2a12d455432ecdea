using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Shop.Web.Data;

namespace Shop.Web.Orders;

/// <summary>The shopper's order history, under "My account".</summary>
[Authorize]
[Route("account")]
public sealed class MyOrdersController(UserManager<ShopUser> users, ShopperOrders orders) : Controller
{
    /// <summary>?attempts=true also lists payment attempts that never took money.</summary>
    [HttpGet("orders")]
    public async Task<IActionResult> Orders(bool attempts, CancellationToken cancellationToken) =>
        View(await orders.ListAsync(users.GetUserId(User)!, attempts, cancellationToken));

    /// <summary>Someone else's order answers exactly like a number that does not exist: 404, so numbers cannot be probed.</summary>
    [HttpGet("orders/{number}")]
    public async Task<IActionResult> Order(string number, CancellationToken cancellationToken) =>
        await orders.FindAsync(users.GetUserId(User)!, number, cancellationToken) is { } order ? View(order) : NotFound();
}
