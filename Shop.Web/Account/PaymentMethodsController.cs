using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Shop.Web.Data;
using Shop.Web.Payments;
using Shop.Web.Languages;

namespace Shop.Web.Account;

/// <summary>"My account → Payment methods": the cards saved at checkout, read from Braintree's vault, and removing them.</summary>
[Authorize]
[Route("account/payment-methods")]
public sealed class PaymentMethodsController(SavedCards savedCards, UserManager<ShopUser> users) : Controller
{
    private string UserId => users.GetUserId(User)!;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var cards = await savedCards.ListAsync(UserId, ct);
        if (cards is null) Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return View(cards);
    }

    [HttpPost("remove")]
    public async Task<IActionResult> Remove(string? id, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(id)) return NotFound();
        switch (await savedCards.RemoveAsync(UserId, id.Trim(), ct))
        {
            case CardRemoval.NotFound:
                return NotFound();
            case CardRemoval.Unavailable:
                TempData[StatusMessage.Key] = ShopText.Translate("The card could not be removed just now (our payment provider did not answer). It is still saved; please try again in a few minutes.");
                return RedirectToAction(nameof(Index));
            default:
                TempData[StatusMessage.Key] = ShopText.Translate("Card removed.");
                return RedirectToAction(nameof(Index));
        }
    }
}
