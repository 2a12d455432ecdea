using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Shop.Web.Catalog;

/// <summary>The shop front: home page, category lists and search.</summary>
[OutputCache(PolicyName = CatalogPageCachePolicy.Name)]
public sealed class CatalogController(CatalogQuery catalog) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Home(CancellationToken ct) => View(await catalog.HomeAsync(ct));

    [HttpGet("/c/{slug}")]
    public async Task<IActionResult> Category(string slug, [FromQuery] ProductFilter filter, CancellationToken ct)
    {
        var page = await catalog.CategoryAsync(slug, filter, ct);
        return page is null ? NotFound() : View("List", page);
    }

    [HttpGet("/search")]
    [HttpGet("/products")]
    public async Task<IActionResult> Search([FromQuery] ProductFilter filter, CancellationToken ct) =>
        View("List", await catalog.SearchAsync(filter, ct));
}
