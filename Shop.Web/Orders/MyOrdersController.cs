using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Shop.Web.Data;
using Shop.Web.Documents;

namespace Shop.Web.Orders;

/// <summary>The shopper's order history, under "My account".</summary>
[Authorize]
[Route("account")]
public sealed class MyOrdersController(UserManager<ShopUser> users, ShopperOrders orders, OrderDocuments documents) : Controller
{
    /// <summary>?attempts=true also lists payment attempts that never took money.</summary>
    [HttpGet("orders")]
    public async Task<IActionResult> Orders(bool attempts, CancellationToken cancellationToken) =>
        View(await orders.ListAsync(users.GetUserId(User)!, attempts, cancellationToken));

    /// <summary>Someone else's order answers exactly like a number that does not exist: 404, so numbers cannot be probed.</summary>
    [HttpGet("orders/{number}")]
    public async Task<IActionResult> Order(string number, CancellationToken cancellationToken) =>
        await orders.FindAsync(users.GetUserId(User)!, number, cancellationToken) is { } order ? View(order) : NotFound();

    /// <summary>The invoice of the shopper's own paid order as PDF; 404 for anyone else's, as for the order.</summary>
    [HttpGet("orders/{number}/invoice")]
    public async Task<IActionResult> Invoice(string number, CancellationToken cancellationToken)
    {
        if (await orders.FindAsync(users.GetUserId(User)!, number, cancellationToken) is not { } order) return NotFound();
        if (!documents.CanPrint) return StatusCode(StatusCodes.Status503ServiceUnavailable);
        return await documents.InvoiceAsync(order, cancellationToken) is { } pdf
            ? File(pdf, "application/pdf", $"invoice-{order.Number}.pdf")
            : NotFound();
    }
}
