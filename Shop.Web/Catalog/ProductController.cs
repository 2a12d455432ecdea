using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Shop.Web.Languages;

namespace Shop.Web.Catalog;

public sealed class ProductController(CatalogQuery catalog, ProductTexts texts) : Controller
{
    /// <summary>
    /// Output-cached like the lists (per query string), the same page for every visitor: its add-to-cart form needs no
    /// token. <paramref name="variant"/> names a variant (a shared link); o1–o3 are the picker's values without JavaScript.
    /// </summary>
    [HttpGet("/p/{slug}")]
    [OutputCache(PolicyName = CatalogPageCachePolicy.Name)]
    public async Task<IActionResult> Show(string slug, int? variant, string? o1, string? o2, string? o3, CancellationToken ct)
    {
        // Slugs are lower-case: another spelling is sent to the one address.
        if (slug.ToLowerInvariant() is var lower && lower != slug && Shop.Domain.Catalog.Slug.IsValid(lower)) return RetiredSlugs.MovedTo(Request, $"/p/{lower}");
        var product = await texts.InAsync(LanguagePrefix.Of(HttpContext), await catalog.ProductAsync(slug, ct));
        if (product is not null) return View(product.Choose(variant, [o1, o2, o3]));
        return await catalog.ProductMovedAsync(slug, ct) is { } now ? RetiredSlugs.MovedTo(Request, $"/p/{now}") : NotFound();
    }
}
