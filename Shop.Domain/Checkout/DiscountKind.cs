namespace Shop.Domain.Checkout;

public enum DiscountKind
{
    /// <summary>Value is a percentage of the subtotal, e.g. 15 for 15 % off.</summary>
    Percentage = 1,
    /// <summary>Value is an amount off in the shop's currency, e.g. 5.00.</summary>
    FixedAmount = 2,
    /// <summary>Standard shipping costs nothing; the goods keep their price (Value is 0).</summary>
    FreeShipping = 3,
}
