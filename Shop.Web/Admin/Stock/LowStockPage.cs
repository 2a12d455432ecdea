using Shop.Web.Shared;

namespace Shop.Web.Admin.Stock;

/// <summary>
/// One page of the variants running low (1 to the threshold) or sold out (0), with how many there are of each, so
/// the ones worth reordering before they sell out are not buried under the sold-out ones.
/// </summary>
public sealed record LowStockPage(string Show, PageOf<LowStockRow> Rows, int RunningLow, int SoldOut)
{
    public const string Low = "low", Out = "out";

    public bool ShowsSoldOut => Show == Out;
}
