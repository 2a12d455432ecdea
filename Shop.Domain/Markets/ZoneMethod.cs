using Shop.Domain.Checkout;

namespace Shop.Domain.Markets;

/// <summary>
/// A way a shipping zone is served: its kind (standard or express, what the shopper picks), a name, its price by
/// order value or weight bands, free from an order value, and the working days it takes.
/// </summary>
public class ZoneMethod
{
    public const int NameMax = 60;

    public int Id { get; private set; }
    public ShippingMethod Kind { get; private set; }
    public string Name { get; private set; } = "";
    public ShippingBasis Basis { get; private set; }
    /// <summary>The bands as staff typed them, normalised (see <see cref="PriceBands"/>).</summary>
    public string Bands { get; private set; } = "";
    public decimal? FreeFrom { get; private set; }
    public int Days { get; private set; }

    private ZoneMethod() { }

    /// <param name="currency">The shop's currency, whose decimals the prices have.</param>
    public ZoneMethod(ShippingMethod kind, string name, ShippingBasis basis, string bands, decimal? freeFrom, int days, string currency) =>
        Change(kind, name, basis, bands, freeFrom, days, currency);

    public void Change(ShippingMethod kind, string name, ShippingBasis basis, string bands, decimal? freeFrom, int days, string currency)
    {
        // Everything is checked before anything changes: a refused change leaves the method as it was.
        if (!Enum.IsDefined(kind)) throw new DomainException($"'{kind}' is not a shipping method.");
        var checkedName = Guard.Text(name, "Name", NameMax);
        if (!Enum.IsDefined(basis)) throw new DomainException($"'{basis}' is not a way to price shipping.");
        var written = PriceBands.Parse(bands).Written(currency);
        if (freeFrom is < 0m) throw new DomainException("Free shipping starts at an amount of 0 or more.");
        if (freeFrom is { } free && !CurrencyDigits.Fits(free, currency)) throw new DomainException($"Free shipping from: {CurrencyDigits.TooManyDecimals(currency)}");
        if (days is < 1 or > 60) throw new DomainException("Delivery takes 1 to 60 working days.");
        (Kind, Name, Basis, Bands, FreeFrom, Days) = (kind, checkedName, basis, written, freeFrom, days);
    }

    /// <summary>What shipping costs for goods worth <paramref name="goods"/> (after discount) weighing <paramref name="grams"/>.</summary>
    public Money CostOf(Money goods, int grams)
    {
        if (FreeFrom is { } free && goods.Amount >= free) return Money.Zero(goods.Currency);
        var measure = Basis == ShippingBasis.Weight ? grams : goods.Amount;
        return new Money(PriceBands.Parse(Bands).PriceAt(measure), goods.Currency);
    }

    public DeliveryPromise Promise => new(Days, Days);
}
