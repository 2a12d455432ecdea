namespace Shop.Web.Catalog;

/// <summary>A variant's stock before and after one committed move.</summary>
public readonly record struct StockMove(int ProductId, int VariantId, int Before, int After);
