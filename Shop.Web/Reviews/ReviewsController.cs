using System.Security.Claims;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Shop.Domain;
using Shop.Web.Catalog;
using Shop.Web.Languages;

namespace Shop.Web.Reviews;

/// <summary>A signed-in shopper's review of a product they bought, on its own page (the product page is shared from the cache).</summary>
[Authorize]
[Route("p/{slug}/review")]
public sealed class ReviewsController(ProductReviews reviews, ProductTexts texts) : Controller
{
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpGet("")]
    public async Task<IActionResult> Write(string slug, CancellationToken ct)
    {
        var page = await PageAsync(slug, ct);
        if (page is null) return NotFound();
        if (!page.Bought) Response.StatusCode = StatusCodes.Status403Forbidden;
        return View(page);
    }

    [HttpPost("")]
    public async Task<IActionResult> Write(string slug, [Bind(Prefix = "Form")] ReviewForm form, CancellationToken ct)
    {
        var page = await PageAsync(slug, ct);
        if (page is null) return NotFound();
        if (!page.Bought)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return View(page);
        }
        if (ModelState.IsValid)
        {
            try
            {
                await reviews.SaveAsync(page, UserId, form, LanguagePrefix.Of(HttpContext).Code, ct);
                return RedirectToAction(nameof(Write), new { slug });
            }
            catch (DomainException e)
            {
                ModelState.AddModelError("", ShopText.Translate(e.Message));
            }
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(page with { Form = form });
    }

    /// <summary>The review page with the product's name in the shopper's language.</summary>
    private async Task<ReviewPage?> PageAsync(string slug, CancellationToken ct) =>
        await reviews.PageAsync(slug, UserId, ct) is { } page
            ? page with { ProductName = await texts.NameAsync(LanguagePrefix.Of(HttpContext), page.ProductId, page.ProductName) }
            : null;
}
