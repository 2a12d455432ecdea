namespace Shop.Domain.Ordering;

/// <summary>
/// Why a shopper's return request is refused, in English with placeholders; the shopper's order page translates them
/// by these templates. Most specific first: a refusal is read by the first template it fits.
/// </summary>
public static class ReturnRefusals
{
    public const string RefundedInFull = "Order {0} was refunded in full: there is nothing left to return.";
    public const string Cancelled = "Order {0} was cancelled: there is nothing left to return.";
    public const string NotDelivered = "Order {0} can be returned once it is delivered.";
    public const string WindowClosed = "Order {0} was delivered more than {1} days ago, so it can no longer be returned.";
    public const string NotInOrder = "That item is not in this order.";
    public const string NotAQuantity = "A quantity to return is a whole number above zero.";
    public const string TooMany = "At most {0} of {1} can be returned.";
    public const string NoReason = "Say why {0} goes back.";
    public const string NothingChosen = "Choose at least one item to return.";
    public const string ListedTwice = "{0} is listed twice.";

    public static readonly IReadOnlyList<string> All =
        [RefundedInFull, Cancelled, NotDelivered, WindowClosed, NotInOrder, NotAQuantity, TooMany, NoReason, NothingChosen, ListedTwice];
}
