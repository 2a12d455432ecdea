using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Catalog;

/// <summary>The category links in the site header (its view stays with the catalog, though every feature's layout shows it).</summary>
public sealed class CategoryNavViewComponent(CatalogQuery catalog) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("/Catalog/Views/Components/CategoryNav/Default.cshtml", await catalog.CategoriesAsync(HttpContext.RequestAborted));
}
