namespace Shop.Web.Admin.Products;

/// <summary>The staff product table: what was asked for (search, sort, page) and the rows found.</summary>
public sealed record ProductList(PageOf<ProductRow> Products, string? Query, string Sort, bool Descending, bool Archived)
{
    public static readonly IReadOnlyList<string> Sorts = ["name", "sku", "category", "price", "stock", "published"];
}
