namespace Shop.Domain.Catalog;

/// <summary>
/// A change staff make to many prices at once: by a percentage (+10 raises by a tenth, −25 lowers by a quarter) or by
/// an amount. New prices round to the currency's minor unit (the cent; the yen), half away from zero; a price that
/// would reach zero or less is refused.
/// </summary>
public sealed record PriceChange
{
    private PriceChange(decimal by, bool isPercent, string currency)
    {
        if (by == 0m) throw new DomainException("A price change of zero changes nothing.");
        if (isPercent && by <= -100m) throw new DomainException("A price cannot go down by 100% or more.");
        if (!isPercent && !CurrencyDigits.Fits(by, currency)) throw new DomainException(CurrencyDigits.TooManyDecimals(currency));
        By = by;
        IsPercent = isPercent;
        Currency = currency;
    }

    public decimal By { get; }
    /// <summary>Whether the change takes prices down (what a sale does).</summary>
    public bool Lowers => By < 0m;
    public bool IsPercent { get; }
    /// <summary>The shop's currency, whose decimals new prices have.</summary>
    public string Currency { get; }

    public static PriceChange ByPercent(decimal percent, string currency) => new(percent, true, currency);

    public static PriceChange ByAmount(decimal amount, string currency) => new(amount, false, currency);

    /// <summary>Whether the change at least doubles <paramref name="price"/>: most often a slip (100 typed for 10), so staff confirm it.</summary>
    public bool AtLeastDoubles(decimal price) => !Lowers && Of(price) >= 2 * price;

    /// <summary>The new price for <paramref name="price"/>.</summary>
    public decimal Of(decimal price)
    {
        var changed = decimal.Round(IsPercent ? price * (1m + By / 100m) : price + By, CurrencyDigits.Of(Currency), MidpointRounding.AwayFromZero);
        if (changed <= 0m)
            throw new DomainException($"A price of {CurrencyDigits.Invariant(price, Currency)} would fall to " +
                $"{CurrencyDigits.Invariant(changed, Currency)}: prices stay above zero.");
        return changed;
    }
}
