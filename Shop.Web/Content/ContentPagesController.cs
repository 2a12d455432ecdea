using Microsoft.AspNetCore.Mvc;
using Shop.Web.Languages;

namespace Shop.Web.Content;

public sealed class ContentPagesController(ShopPages pages) : Controller
{
    /// <summary>The page in the shopper's language when staff have it, else the page's own words.</summary>
    [HttpGet("/pages/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct) =>
        await pages.InAsync(LanguagePrefix.Of(HttpContext), slug, ct) is { } page ? View(page) : NotFound();
}
