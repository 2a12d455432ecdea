using System.ComponentModel.DataAnnotations;
namespace Shop.Web.Admin.Products;

/// <summary>One action on the products ticked in the table.</summary>
public sealed class ProductBulkForm
{
    public const string Publish = "publish", Unpublish = "unpublish", Digital = "digital", Shipped = "shipped", Move = "move", Reprice = "price",
        Sale = "sale", EndSale = "end-sale", Remove = "remove";
    public static readonly IReadOnlyList<string> Actions = [Publish, Unpublish, Digital, Shipped, Move, Reprice, Sale, EndSale, Remove];

    /// <summary>
    /// The form's own field limit (the shop-wide 200 refused 200 ticks with a bare 400): twice the most it changes, so
    /// a selection over that is read and told the limit.
    /// </summary>
    public const int FieldLimit = 2 * ProductBulkFormValidator.MaxSelected + 20;

    public List<int> Selected { get; set; } = [];
    public string? Action { get; set; }
    /// <summary>For <see cref="Move"/>.</summary>
    [Display(Name = "Category")]
    public int? CategoryId { get; set; }
    /// <summary>For <see cref="Reprice"/> and <see cref="Sale"/>: "percent" or "amount", and by how much (negative lowers).</summary>
    public string? PriceBy { get; set; }
    public decimal? Change { get; set; }
    /// <summary>The staff member saw the prices a <see cref="Reprice"/> at least doubles and meant it.</summary>
    public bool Confirmed { get; set; }

    /// <summary>Whether the action changes prices by <see cref="PriceBy"/> and <see cref="Change"/>.</summary>
    public bool ChangesPricesBy => Action is Reprice or Sale;
}
