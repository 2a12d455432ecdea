namespace Shop.Web.Admin.Products;

/// <summary>The product table's filters: a category, published or not ("yes"/"no"), and stock state ("in", "low", "out").</summary>
public sealed record ProductTableFilter(int? Category = null, string? Published = null, string? Stock = null)
{
    public static readonly IReadOnlyList<(string Value, string Label)> StockStates = [("in", "In stock"), ("low", "Low stock"), ("out", "Sold out")];
}
