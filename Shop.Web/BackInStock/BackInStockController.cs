using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Shop.Domain;
using Shop.Web.Languages;
using Shop.Web.Shared;

namespace Shop.Web.BackInStock;

/// <summary>
/// "Tell me when it's back": the form on a sold-out product page (shared from the cache, so checked by where it comes
/// from, not by a token), and the mailed links that confirm an address or stop the mail, which need no sign-in. A link
/// opens a page with a button and only pressing it acts: mail scanners open links.
/// </summary>
[Route("back-in-stock")]
public sealed class BackInStockController(BackInStockRequests requests, BackInStockLinks links, IValidator<BackInStockForm> validator) : Controller
{
    [HttpPost("")]
    [IgnoreAntiforgeryToken, SameOriginOnly]
    [EnableRateLimiting(RateLimits.BackInStock)]
    public async Task<IActionResult> Ask([FromForm] BackInStockForm form, CancellationToken ct)
    {
        // Validated here, not by the automatic filter, so a bad address gets this page's message rather than a bare 400.
        var check = await validator.ValidateAsync(form, ct);
        if (!check.IsValid)
        {
            // The form again, as typed, with the message next to the field (the product page is shared, so it cannot show it).
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Answer", new BackInStockAnswer(ShopText.Translate("Check your email address"), "", form, check.Errors[0].ErrorMessage));
        }
        try
        {
            var account = User.FindFirstValue(ClaimTypes.Email);
            return await requests.AskAsync(form.VariantId, form.Email!, account, LanguagePrefix.Of(HttpContext).Code, ct) switch
            {
                BackInStockRequests.Outcome.NotFound => NotFound(),
                BackInStockRequests.Outcome.AwaitingConfirmation =>
                    Answer(StatusCodes.Status200OK, "Check your inbox", ShopText.Translate("We have sent a mail to {0}. Open the link in it to confirm, and we will write when it is back.", form.Email!.Trim())),
                _ => Answer(StatusCodes.Status200OK, "We will tell you", ShopText.Translate("We will mail {0} once when it is back in stock.", form.Email!.Trim())),
            };
        }
        catch (DomainException e)
        {
            return Answer(StatusCodes.Status409Conflict, "No need to wait", ShopText.Translate(e.Message));
        }
    }

    /// <summary>The signed-in shopper's address, to prefill the form of a cached page.</summary>
    [HttpGet("me")]
    public IActionResult Me() => Json(new { email = User.Identity?.IsAuthenticated == true ? User.FindFirstValue(ClaimTypes.Email) : null });

    [HttpGet("confirm")]
    public IActionResult Confirm(string? code) =>
        links.ReadConfirm(code) is { } c
            ? Press("Confirm your address", ShopText.Translate("Press the button to confirm {0}. We will then mail you once when it is back in stock.", c.Email),
                new BackInStockButton("~/back-in-stock/confirm", code!, ShopText.Translate("Yes, tell me when it's back")))
            : ConfirmLinkFailed();

    [HttpPost("confirm")]
    public async Task<IActionResult> Confirm(string? code, CancellationToken ct) =>
        links.ReadConfirm(code) is { } c && await requests.ConfirmAsync(c.RequestId, c.Email, ct)
            ? Answer(StatusCodes.Status200OK, "Address confirmed", ShopText.Translate("Thank you. We will mail you once when it is back in stock."))
            : ConfirmLinkFailed();

    [HttpGet("stop")]
    public IActionResult Stop(string? code) =>
        links.ReadStop(code) is { } c
            ? Press("Unsubscribe", ShopText.Translate("Press the button to stop all back-in-stock mail to {0}.", c.Email),
                new BackInStockButton("~/back-in-stock/stop", code!, ShopText.Translate("Unsubscribe")))
            : StopLinkFailed();

    /// <summary>The button, or a mail client's one-click unsubscribe (a POST without a token): stops all back-in-stock mail to the address.</summary>
    [HttpPost("stop")]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> Stop(string? code, CancellationToken ct)
    {
        if (links.ReadStop(code) is not { } c) return StopLinkFailed();
        await requests.StopAsync(c.Email, ct);
        return Answer(StatusCodes.Status200OK, "Unsubscribed", ShopText.Translate("We will send no more back-in-stock mail to {0}.", c.Email));
    }

    private ViewResult ConfirmLinkFailed() => Answer(StatusCodes.Status400BadRequest, "This link does not work",
        ShopText.Translate("It may have expired or been cut short, or the request was stopped. Ask again on the product's page."));

    private ViewResult StopLinkFailed() => Answer(StatusCodes.Status400BadRequest, "This link does not work",
        ShopText.Translate("It may have been cut short. Copy the whole link from the mail."));

    private ViewResult Press(string title, string message, BackInStockButton button) =>
        View("Answer", new BackInStockAnswer(ShopText.Translate(title), message) { Button = button });

    /// <summary>The answer page: <paramref name="title"/> in English (translated here), <paramref name="message"/> translated already.</summary>
    private ViewResult Answer(int status, string title, string message)
    {
        Response.StatusCode = status;
        return View("Answer", new BackInStockAnswer(ShopText.Translate(title), message));
    }
}

/// <summary>
/// The answer page; with <paramref name="Retry"/>, the form again with <paramref name="EmailError"/> by its field; with
/// <see cref="Button"/>, a mailed link's button that acts.
/// </summary>
public sealed record BackInStockAnswer(string Title, string Message, BackInStockForm? Retry = null, string? EmailError = null)
{
    public BackInStockButton? Button { get; init; }
}

/// <summary>A button posting a mailed link's code to <paramref name="Action"/>.</summary>
public sealed record BackInStockButton(string Action, string Code, string Label);
