using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Catalog;

public sealed class ProductController(CatalogQuery catalog) : Controller
{
    [HttpGet("/p/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        var product = await catalog.ProductAsync(slug, ct);
        return product is null ? NotFound() : View(product);
    }
}
