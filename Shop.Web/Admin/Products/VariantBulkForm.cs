using Shop.Domain.Catalog;

namespace Shop.Web.Admin.Products;

/// <summary>
/// One change to many variants at once: a price of their own, or units added (or, as a correction, removed) to each's
/// stock. <see cref="Scope"/> is "all" or "selected" (the ticked rows of the grid).
/// </summary>
public sealed class VariantBulkForm
{
    public const string All = "all", Chosen = "selected", SetPrice = "price", AddStock = "stock";

    public int Version { get; set; }
    public string? Scope { get; set; } = All;
    public List<int> Selected { get; set; } = [];
    /// <summary>Which button: <see cref="SetPrice"/> or <see cref="AddStock"/>.</summary>
    public string? Change { get; set; }
    public decimal? NewPrice { get; set; }
    public int? Units { get; set; }
    public StockMovementReason? Reason { get; set; } = StockMovementReason.Received;

    public bool ToAll => Scope != Chosen;

    /// <summary>Enter in the units field presses the first button ("Set price"): only units filled in means stock.</summary>
    public string? Intended => Change == SetPrice && NewPrice is null && Units is not null ? AddStock : Change;
}
