using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Shop.Domain;
using Shop.Web.Languages;
using Shop.Web.Shared;

namespace Shop.Web.Wishlist;

/// <summary>
/// The heart on product cards and pages, and the wishlist page. The heart's forms sit on pages shared from the cache,
/// so they carry no token and are checked by where they come from; they answer JSON to the script (no reload) and
/// redirect without it. A visitor who is not signed in is sent to sign in first.
/// </summary>
[Route("wishlist")]
public sealed class WishlistController(SavedProducts saved) : Controller
{
    public const string Message = "WishlistMessage";

    private string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    private bool WantsJson => Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);

    [HttpGet("")]
    [Authorize]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await saved.PageAsync(UserId!, LanguagePrefix.Of(HttpContext), ct));

    /// <summary>Which products the shopper saved, for the hearts of a cached page; empty for a visitor.</summary>
    [HttpGet("state")]
    public async Task<IActionResult> State(CancellationToken ct) =>
        Json(new { signedIn = UserId is not null, productIds = UserId is { } id ? await saved.IdsAsync(id, ct) : [] });

    [HttpPost("add")]
    [IgnoreAntiforgeryToken, SameOriginOnly]
    public async Task<IActionResult> Add(int productId, string? returnUrl, CancellationToken ct)
    {
        if (UserId is not { } userId) return SignInFirst(returnUrl);
        try
        {
            var name = await saved.AddAsync(userId, productId, LanguagePrefix.Of(HttpContext), ct);
            if (name is null) return NotFound();
            return Done(true, ShopText.Translate("Saved {0} to your wishlist.", name));
        }
        catch (DomainException e)
        {
            return await RefusedAsync(e.Message, ct);
        }
    }

    [HttpPost("remove")]
    [IgnoreAntiforgeryToken, SameOriginOnly]
    public async Task<IActionResult> Remove(int productId, string? returnUrl, CancellationToken ct)
    {
        if (UserId is not { } userId) return SignInFirst(returnUrl);
        await saved.RemoveAsync(userId, productId, ct);
        return Done(false, ShopText.Translate("Removed from your wishlist."));
    }

    /// <summary>From the wishlist page (not cached, so with a token).</summary>
    [HttpPost("move")]
    [Authorize]
    public async Task<IActionResult> Move(int productId, int variantId, CancellationToken ct)
    {
        try
        {
            TempData[Message] = await saved.MoveToCartAsync(HttpContext, UserId!, productId, variantId, LanguagePrefix.Of(HttpContext), ct);
            return Redirect(LanguagePrefix.Local(HttpContext, "/wishlist"));
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        catch (DomainException e)
        {
            return await RefusedAsync(e.Message, ct);
        }
    }

    private IActionResult Done(bool saved, string message)
    {
        if (WantsJson) return Json(new { saved, message });
        TempData[Message] = message;
        return Redirect(LanguagePrefix.Local(HttpContext, "/wishlist"));
    }

    /// <summary>A rule said no (a full list, sold out): 409 with the reason, on the wishlist page without the script.</summary>
    private async Task<IActionResult> RefusedAsync(string message, CancellationToken ct)
    {
        if (WantsJson) return Conflict(new { message });
        Response.StatusCode = StatusCodes.Status409Conflict;
        ViewData[Message] = message;
        return View(nameof(Index), await saved.PageAsync(UserId!, LanguagePrefix.Of(HttpContext), ct));
    }

    private IActionResult SignInFirst(string? returnUrl)
    {
        var signIn = LanguagePrefix.Local(HttpContext, "/account/sign-in") + "?returnUrl=" + Uri.EscapeDataString(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/wishlist");
        return WantsJson ? Unauthorized(new { signIn }) : Redirect(signIn);
    }
}
