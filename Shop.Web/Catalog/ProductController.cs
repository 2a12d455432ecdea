using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Shop.Web.Shared;

namespace Shop.Web.Catalog;

public sealed class ProductController(CatalogQuery catalog) : Controller
{
    /// <summary>Output-cached like the lists; the add-to-cart form's token is filled in per visitor on the way out.</summary>
    [HttpGet("/p/{slug}")]
    [OutputCache(PolicyName = CatalogPageCachePolicy.Name)]
    [FormTokens.FilledPerVisitor]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        var product = await catalog.ProductAsync(slug, ct);
        return product is null ? NotFound() : View(product);
    }
}
