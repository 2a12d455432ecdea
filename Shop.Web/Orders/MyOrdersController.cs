using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Shop.Web.Account;
using Shop.Web.Data;
using Shop.Web.Documents;
using Shop.Web.Languages;

namespace Shop.Web.Orders;

/// <summary>The shopper's order history, under "My account".</summary>
[Authorize]
[Route("account")]
public sealed class MyOrdersController(UserManager<ShopUser> users, ShopperOrders orders, ShopperReturns returns,
    OrderDocuments documents, GuestAccounts guests) : Controller
{
    public const string NoticeKey = "OrderNotice";

    /// <summary>?attempts=true also lists payment attempts that never took money; ?page=2 the older orders.</summary>
    [HttpGet("orders")]
    public async Task<IActionResult> Orders(bool attempts, int? page, CancellationToken cancellationToken)
    {
        var history = await orders.ListAsync(users.GetUserId(User)!, attempts, page, cancellationToken);
        var user = await users.GetUserAsync(User);
        return View(user is null ? history : history with { GuestOrders = await guests.UnclaimedCountAsync(user, cancellationToken) });
    }

    /// <summary>Orders placed with the account's address as a guest: a link to its mailbox adds them, with the password.</summary>
    [HttpPost("orders/guest-orders")]
    public async Task<IActionResult> MailGuestOrdersLink(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is { } user && await guests.UnclaimedCountAsync(user, cancellationToken) is > 0 and var count)
            TempData[NoticeKey] = await guests.MailClaimLinkAsync(user, count)
                ? ShopText.Translate("We have mailed a link to {0}. Open it and enter your password to add the orders.", user.Email!)
                : ShopText.Translate("We have sent several mails for your account in the last hour. Please try again later.");
        return RedirectToAction(nameof(Orders));
    }

    /// <summary>Someone else's order answers exactly like a number that does not exist: 404, so numbers cannot be probed.</summary>
    [HttpGet("orders/{number}")]
    public async Task<IActionResult> Order(string number, CancellationToken cancellationToken) =>
        await orders.FindAsync(users.GetUserId(User)!, number, cancellationToken) is { } order
            ? View(await returns.PageAsync(order, null, null, cancellationToken))
            : NotFound();

    /// <summary>Asks to return items of a delivered order; a refused request shows the page again with why (400 or 409).</summary>
    [HttpPost("orders/{number}/returns")]
    public async Task<IActionResult> Return(string number, [CustomizeValidator(Skip = true)] ReturnForm form, CancellationToken cancellationToken)
    {
        var userId = users.GetUserId(User)!;
        if (await orders.FindAsync(userId, number, cancellationToken) is not { } order) return NotFound();
        var checkedForm = await HttpContext.RequestServices.GetRequiredService<IValidator<ReturnForm>>().ValidateAsync(form, cancellationToken);
        var refused = checkedForm.IsValid
            ? await returns.AskAsync(userId, order.Number, form, cancellationToken)
            : checkedForm.Errors[0].ErrorMessage;
        if (refused is null) return NotFound();
        if (refused.Length == 0)
        {
            TempData[NoticeKey] = ShopText.Translate("Your return request is sent. We will mail you once we have looked at it.");
            return Redirect($"~/account/orders/{order.Number}"); // as the pages link it: lower-case URLs would write the number small
        }
        Response.StatusCode = checkedForm.IsValid ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        order = await orders.FindAsync(userId, number, cancellationToken) ?? order;
        return View(nameof(Order), await returns.PageAsync(order, form, refused, cancellationToken));
    }

    /// <summary>The invoice of the shopper's own paid order as PDF; 404 for anyone else's, as for the order.</summary>
    [HttpGet("orders/{number}/invoice")]
    public async Task<IActionResult> Invoice(string number, CancellationToken cancellationToken)
    {
        if (await orders.FindAsync(users.GetUserId(User)!, number, cancellationToken) is not { } order) return NotFound();
        if (!documents.CanPrint) return StatusCode(StatusCodes.Status503ServiceUnavailable);
        return await documents.InvoiceAsync(order, cancellationToken) is { } printed
            ? File(printed.Pdf, "application/pdf", printed.FileName)
            : NotFound();
    }

    /// <summary>The credit note of a refund of the shopper's own order as PDF; 404 for anyone else's, and for a refund with none.</summary>
    [HttpGet("orders/{number}/refunds/{refund:int}/credit-note")]
    public async Task<IActionResult> CreditNote(string number, int refund, CancellationToken cancellationToken)
    {
        if (await orders.FindAsync(users.GetUserId(User)!, number, cancellationToken) is not { } order) return NotFound();
        if (!documents.CanPrint) return StatusCode(StatusCodes.Status503ServiceUnavailable);
        return await documents.CreditNoteAsync(order, refund, cancellationToken) is { } printed
            ? File(printed.Pdf, "application/pdf", printed.FileName)
            : NotFound();
    }
}
