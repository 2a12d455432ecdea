using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Shop.Web.Languages;

namespace Shop.Web.Catalog;

/// <summary>The shop front: home page, category lists and search.</summary>
[OutputCache(PolicyName = CatalogPageCachePolicy.Name)]
public sealed class CatalogController(CatalogQuery catalog, ProductTexts texts) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Home(CancellationToken ct) => View(await texts.InAsync(Language, await catalog.HomeAsync(ct)));

    [HttpGet("/c/{slug}")]
    public async Task<IActionResult> Category(string slug, [FromQuery] ProductFilter filter, CancellationToken ct)
    {
        var page = await texts.InAsync(Language, await catalog.CategoryAsync(slug, filter.WithOptions(Request.Query), Translated, ct));
        if (page is not null) return View("List", page);
        return await catalog.CategoryMovedAsync(slug, ct) is { } now ? RetiredSlugs.MovedTo(Request, $"/c/{now}") : NotFound();
    }

    [HttpGet("/search")]
    [HttpGet("/products")]
    public async Task<IActionResult> Search([FromQuery] ProductFilter filter, CancellationToken ct) =>
        View("List", await texts.InAsync(Language, await catalog.SearchAsync(filter.WithOptions(Request.Query), Translated, ct)));

    private ShopLanguage Language => LanguagePrefix.Of(HttpContext);
    private string? Translated => LanguagePrefix.TranslatedCode(HttpContext);

    /// <summary>Suggestions under the search box while a shopper types (the search page itself needs no script).</summary>
    [HttpGet("/search/suggest")]
    public async Task<IActionResult> Suggest(string? q, CancellationToken ct)
    {
        var found = await catalog.SuggestAsync(q, Translated, ct);
        var (products, categories) = (await texts.InAsync(Language, found.Products), await texts.InAsync(Language, found.Categories));
        var prefix = Request.PathBase.Value;
        return Json(new
        {
            products = products.Select(p => new { name = p.Name, url = $"{prefix}/p/{p.Slug}", price = (p.PriceVaries ? ShopText.Translate("from") + " " : "") + p.Price, category = p.CategoryName }),
            categories = categories.Select(c => new { name = c.Name, url = $"{prefix}/c/{c.Slug}", count = c.ProductCount }),
        });
    }
}
