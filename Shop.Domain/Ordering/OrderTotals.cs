using Shop.Domain.Cart;
using Shop.Domain.Checkout;
using Shop.Domain.Markets;

namespace Shop.Domain.Ordering;

/// <summary>
/// The money of an order, always computed on the server from a priced cart:
/// goods = subtotal − discount; shipping from the market's offer for the destination (free shipping judged on shipped
/// goods after discount; none for digital goods only; none for standard shipping with a free-shipping code); tax per rate from the market's tax policy (<see cref="Taxes"/>).
/// With tax-inclusive prices the total is goods + shipping and <see cref="Tax"/> is the part of it that is tax; otherwise the tax is added on top.
/// </summary>
public sealed record OrderTotals(Money Subtotal, Money Discount, Money Shipping, Money Tax, bool TaxIncluded, Money Total)
{
    /// <summary>The tax per rate (and whether reverse charge applies).</summary>
    public TaxBreakdown? Taxes { get; init; }

    /// <summary>The shipping's name where it goes ("DHL Paket"), as checkout offers it; null when nothing ships or no offer names it.</summary>
    public string? ShippingName { get; init; }

    /// <summary>Why an EU business pays no VAT here, as the order will say (<see cref="Ordering.VatNotCharged"/>).</summary>
    public VatNotCharged VatNotCharged { get; init; } = VatNotCharged.None;

    /// <summary>A discount covers it all: nothing to charge (as <see cref="Order.IsFreeOfCharge"/> once placed).</summary>
    public bool IsFreeOfCharge => Total.IsZero;

    /// <summary>The VAT within tax-inclusive prices that reverse charge takes off (goods − discount + shipping − it = total).</summary>
    public Money VatTakenOff => TakenOff(TaxIncluded, Taxes?.ReverseCharge == true, Subtotal - Discount + Shipping, Total);

    /// <summary>What the rows above a reverse-charged total hold beyond it; zero without reverse charge or when tax is added on top.</summary>
    internal static Money TakenOff(bool taxIncluded, bool reverseCharge, Money aboveTotal, Money total) =>
        taxIncluded && reverseCharge && aboveTotal > total ? aboveTotal - total : Money.Zero(total.Currency);

    /// <summary>One rate, flat shipping, the whole subtotal in the standard class: the shop before markets.</summary>
    public static OrderTotals Compute(Money subtotal, Money discount, ShippingMethod method, ShippingRates rates, TaxRule tax)
    {
        ArgumentNullException.ThrowIfNull(rates);
        ArgumentNullException.ThrowIfNull(tax);
        return Compute([new TaxableLine(subtotal, TaxClass.Standard)], 0, discount, method, Market.Single(rates, tax), Destination.Unknown);
    }

    public static OrderTotals Compute(IReadOnlyList<TaxableLine> lines, int grams, Money discount, ShippingMethod method, Market market, Destination to,
        bool freeShipping = false)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(to);
        if (discount.Amount < 0m) throw new DomainException("A discount cannot be negative.");
        var subtotal = lines.Aggregate(Money.Zero(discount.Currency), (sum, l) => sum + l.Amount);
        if (discount > subtotal) discount = subtotal;
        // Nothing left to buy (every line sold out, say) ships nothing either.
        var ships = lines.Count > 0 && !ShipsNothing(lines);
        var offer = ships ? market.Shipping.OfferFor(to.ShipTo, method, ShippedGoods(lines, subtotal, discount), grams) : null;
        var shipping = !ships ? Money.Zero(subtotal.Currency)
            : offer?.Cost ?? (to.ShipTo is null ? Money.Zero(subtotal.Currency) : throw new DomainException(NotOffered(method, to.ShipTo)));
        if (freeShipping && method == ShippingMethod.Standard) shipping = Money.Zero(subtotal.Currency);
        var taxes = market.Tax.Compute(lines, discount, shipping, to);
        return new OrderTotals(subtotal, discount, shipping, taxes.Tax, market.Tax.PricesIncludeTax, taxes.Total) { Taxes = taxes, ShippingName = offer?.Name,
            VatNotCharged = VatNotCharged.Of(taxes.ReverseCharge, lines, to) };
    }

    /// <summary>An order of digital goods only: nothing to ship, no shipping to charge or choose.</summary>
    public static bool ShipsNothing(IReadOnlyList<TaxableLine> lines) => lines.Count > 0 && lines.All(l => l.IsDigital);

    /// <summary>
    /// What the parcel's goods are worth for value-priced and free shipping: the shipped lines less their share of the
    /// discount (digital lines are not in the parcel; a code for some goods comes off those only).
    /// </summary>
    public static Money ShippedGoods(IReadOnlyList<TaxableLine> lines, Money subtotal, Money discount)
    {
        if (lines.All(l => !l.IsDigital)) return subtotal - discount;
        return TaxableLine.AfterDiscount(lines, discount).Where(l => !l.IsDigital).Aggregate(Money.Zero(subtotal.Currency), (sum, l) => sum + l.Amount);
    }

    /// <summary>Totals for the checkout page and for <see cref="Order.Place"/>; a refused code is not an error here.</summary>
    public static (OrderTotals Totals, DiscountOutcome? Discount) Quote(PricedCart cart, ShippingMethod method,
        ShippingRates rates, TaxRule tax, DiscountCode? code, DateTimeOffset now) =>
        Quote(cart, method, Market.Single(rates, tax), Destination.Unknown, code, now);

    /// <summary>Totals for a destination: its shipping offer and its tax rates.</summary>
    public static (OrderTotals Totals, DiscountOutcome? Discount) Quote(PricedCart cart, ShippingMethod method,
        Market market, Destination to, DiscountCode? code, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(cart);
        var outcome = code?.Apply(cart, now).With(method);
        var discount = outcome is { Applies: true } ? outcome.Amount : Money.Zero(cart.Currency);
        return (Compute(cart.TaxableLinesUnder(code), cart.WeightGrams, discount, method, market, to, outcome is { Applies: true, FreeShipping: true }), outcome);
    }

    public const string NotOfferedTo = "{0} is not offered to {1}.";
    public const string NotOfferedToRegion = "{0} is not offered to {1} ({2}).";

    /// <summary>The templates of <see cref="NotOffered"/>, for the storefront to translate; the one with a region first.</summary>
    public static readonly IReadOnlyList<string> Refusals = [NotOfferedToRegion, NotOfferedTo];

    /// <summary>The shopper's sentence when a method does not go to an address ("Express shipping is not offered to France.").</summary>
    public static string NotOffered(ShippingMethod method, Address shipTo)
    {
        ArgumentNullException.ThrowIfNull(shipTo);
        var (shipping, country) = ($"{method} shipping", Countries.NameOf(shipTo.CountryCode));
        return shipTo.Region.Length > 0
            ? OrderNotes.Write(NotOfferedToRegion, shipping, country, shipTo.Region)
            : OrderNotes.Write(NotOfferedTo, shipping, country);
    }
}
