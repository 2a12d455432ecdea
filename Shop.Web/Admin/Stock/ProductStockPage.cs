using Shop.Web.Shared;

namespace Shop.Web.Admin.Stock;

/// <summary>One product's stock page: each variant's stock, the adjustment form and the history, newest first.</summary>
public sealed record ProductStockPage(int ProductId, string Name, string Sku, IReadOnlyList<VariantStockRow> Variants,
    PageOf<StockMovementRow> History, StockAdjustmentForm Form)
{
    public int OnHand => Variants.Sum(v => v.OnHand);
    public bool HasOptions => Variants.Count > 1 || Variants.Any(v => v.Title.Length > 0);
}

public sealed record VariantStockRow(int Id, string Sku, string Title, int OnHand, bool IsPublished);
