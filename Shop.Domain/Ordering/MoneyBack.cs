namespace Shop.Domain.Ordering;

/// <summary>
/// A refund: what goes back to the shopper and the tax within it (a returned item's own tax; for an amount staff
/// choose, its share of the tax not yet refunded).
/// </summary>
public readonly record struct MoneyBack(Money Amount, Money Tax)
{
    /// <summary>
    /// An amount staff choose (a price adjustment, say): its share of the tax not refunded yet, so refunds in pieces add
    /// up to exactly the order's tax; the one that reaches the total takes all the tax left.
    /// </summary>
    public static MoneyBack ShareOf(Order order, Money amount)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.RefundRefusal(amount) is { } refused) throw new DomainException(refused);
        var (left, refundable) = (order.TaxLeft, order.RefundableAmount);
        return new(amount, amount == refundable ? left : new Money(left.Amount * amount.Amount / refundable.Amount, amount.Currency));
    }

    /// <summary>
    /// Items with their own tax, within what is left of the order's: the refund that reaches the total takes all the tax
    /// left (the cents of rounding between lines).
    /// </summary>
    public static MoneyBack Of(Order order, Money amount, Money tax)
    {
        ArgumentNullException.ThrowIfNull(order);
        var left = order.TaxLeft;
        if (amount == order.RefundableAmount) return new(amount, left);
        var capped = tax > left ? left : tax;
        return new(amount, capped > amount ? amount : capped);
    }
}
