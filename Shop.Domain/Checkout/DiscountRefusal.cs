namespace Shop.Domain.Checkout;

/// <summary>Why a discount code does not apply; the checkout page turns it into a message.</summary>
public enum DiscountRefusal
{
    NotStarted = 1,
    Expired = 2,
    BelowMinimum = 3,
    UsedUp = 4,
    /// <summary>Staff disabled the code.</summary>
    Disabled = 5,
    /// <summary>The code is limited to products or categories the cart does not hold.</summary>
    NotForTheseGoods = 6,
}
