using System.ComponentModel.DataAnnotations;
using Shop.Domain.Catalog;

namespace Shop.Web.Admin.Stock;

/// <summary>A hand adjustment of one variant: how many units arrive (+) or leave (-), and why.</summary>
public sealed class StockAdjustmentForm
{
    /// <summary>Which variant; may be left out for a product with one variant.</summary>
    [Display(Name = "Variant")]
    public int? VariantId { get; set; }
    [Display(Name = "Units")]
    public int? Delta { get; set; }
    public StockMovementReason? Reason { get; set; }
    public string? Note { get; set; }
}
