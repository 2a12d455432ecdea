using Shop.Web.Shared;

namespace Shop.Web.Admin.Products;

/// <summary>The staff product table: what was asked for (search, filters, sort, page), the rows found, the categories to choose from.</summary>
public sealed record ProductList(PageOf<ProductRow> Products, string? Query, string Sort, bool Descending, bool Archived,
    ProductTableFilter Filter, IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Categories)
{
    public static readonly IReadOnlyList<string> Sorts = ["name", "sku", "category", "price", "stock", "published"];
}
