namespace Shop.Web.Wishlist;

/// <summary>A product a signed-in shopper saved for later; at most one row per shopper and product.</summary>
public class WishlistItem
{
    /// <summary>Enough for any real wish list, and a bound on what one account can make the shop store.</summary>
    public const int MaxItems = 200;

    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public int ProductId { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}
