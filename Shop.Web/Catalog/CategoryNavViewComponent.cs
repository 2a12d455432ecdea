using Microsoft.AspNetCore.Mvc;
using Shop.Web.Languages;

namespace Shop.Web.Catalog;

/// <summary>The category links in the site header (its view stays with the catalog, though every feature's layout shows it).</summary>
public sealed class CategoryNavViewComponent(CatalogQuery catalog, ProductTexts texts) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("/Catalog/Views/Components/CategoryNav/Default.cshtml",
            await texts.InAsync(LanguagePrefix.Of(HttpContext), await catalog.CategoriesAsync(HttpContext.RequestAborted)));
}
