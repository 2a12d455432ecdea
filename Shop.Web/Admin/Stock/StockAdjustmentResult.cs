namespace Shop.Web.Admin.Stock;

/// <summary>The stock after an adjustment, or why it was refused (then nothing changed).</summary>
public sealed record StockAdjustmentResult(int OnHand, string? Refusal)
{
    public bool Done => Refusal is null;
}
