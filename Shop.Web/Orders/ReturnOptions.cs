namespace Shop.Web.Orders;

/// <summary><c>Shop:Returns</c>: how many days after delivery a shopper may ask to return items.</summary>
public sealed class ReturnOptions
{
    public const string Section = "Shop:Returns";

    public int Days { get; set; } = 30;
}
