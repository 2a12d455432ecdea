using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Catalog;

/// <summary>The category links in the site header.</summary>
public sealed class CategoryNavViewComponent(CatalogQuery catalog) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View(await catalog.CategoriesAsync(HttpContext.RequestAborted));
}
