using Microsoft.AspNetCore.Mvc;
using Shop.Web.Catalog;
using Shop.Web.Languages;

namespace Shop.Web.Reviews;

/// <summary>Every approved review of a product, paged, newest first; a page of its own, so the product page stays cached as it is.</summary>
[Route("p/{slug}/reviews")]
public sealed class ReviewListController(ProductReviews reviews, ProductTexts texts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, int? page, CancellationToken ct) =>
        await reviews.ListAsync(slug, page, ct) is { } list
            ? View(list with { ProductName = await texts.NameAsync(LanguagePrefix.Of(HttpContext), list.ProductId, list.ProductName) })
            : NotFound();
}
