using Shop.Domain.Cart;
using Shop.Domain.Checkout;

namespace Shop.Domain.Ordering;

/// <summary>
/// The money of an order, always computed on the server from a priced cart:
/// goods = subtotal − discount; shipping from the rates (free standard shipping judged on goods after discount);
/// tax on goods + shipping, computed once and rounded to the cent. With tax-inclusive prices the total is
/// goods + shipping and <see cref="Tax"/> is the part of it that is tax; otherwise the tax is added on top.
/// </summary>
public sealed record OrderTotals(Money Subtotal, Money Discount, Money Shipping, Money Tax, bool TaxIncluded, Money Total)
{
    public static OrderTotals Compute(Money subtotal, Money discount, ShippingMethod method, ShippingRates rates, TaxRule tax)
    {
        ArgumentNullException.ThrowIfNull(rates);
        ArgumentNullException.ThrowIfNull(tax);
        if (discount.Amount < 0m) throw new DomainException("A discount cannot be negative.");
        if (discount > subtotal) discount = subtotal;
        var goods = subtotal - discount;
        var shipping = rates.CostOf(method, goods);
        var taxable = goods + shipping;
        var taxAmount = tax.TaxOn(taxable);
        var total = tax.PricesIncludeTax ? taxable : taxable + taxAmount;
        return new OrderTotals(subtotal, discount, shipping, taxAmount, tax.PricesIncludeTax, total);
    }

    /// <summary>Totals for the checkout page and for <see cref="Order.Place"/>; a refused code is not an error here.</summary>
    public static (OrderTotals Totals, DiscountOutcome? Discount) Quote(PricedCart cart, ShippingMethod method,
        ShippingRates rates, TaxRule tax, DiscountCode? code, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(cart);
        var outcome = code?.Apply(cart, now);
        var discount = outcome is { Applies: true } ? outcome.Amount : Money.Zero(cart.Currency);
        return (Compute(cart.Subtotal, discount, method, rates, tax), outcome);
    }
}
