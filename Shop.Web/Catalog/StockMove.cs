namespace Shop.Web.Catalog;

/// <summary>A product's stock before and after one committed move.</summary>
public readonly record struct StockMove(int ProductId, int Before, int After);
