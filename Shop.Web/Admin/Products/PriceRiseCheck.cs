namespace Shop.Web.Admin.Products;

/// <summary>
/// A bulk change of prices that at least doubles some of them, shown before it is made: the products it doubles
/// (the first <see cref="Shown"/>) with their price now and after, and the form to post again, confirmed.
/// </summary>
public sealed record PriceRiseCheck(ProductBulkForm Form, string? Back, int Ticked,
    IReadOnlyList<(string Name, decimal Now, decimal After)> Doubled, int DoubledCount)
{
    public const int Shown = 20;
}
