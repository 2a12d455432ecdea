namespace Shop.Web.Catalog;

/// <summary>A committed change of the catalog: an edit of products or categories, and the stock moves in it.</summary>
public sealed class CatalogChange
{
    internal Guid? Transaction { get; init; }
    public bool Edited { get; set; }
    public List<StockMove> Stock { get; } = [];
}
