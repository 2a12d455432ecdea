using System.Globalization;

namespace Shop.Domain.Catalog;

/// <summary>
/// A change staff make to many prices at once: by a percentage (+10 raises by a tenth, −25 lowers by a quarter) or by
/// an amount. New prices round to the cent, half away from zero; a price that would reach zero or less is refused.
/// </summary>
public sealed record PriceChange
{
    private PriceChange(decimal by, bool isPercent)
    {
        if (by == 0m) throw new DomainException("A price change of zero changes nothing.");
        if (isPercent && by <= -100m) throw new DomainException("A price cannot go down by 100% or more.");
        By = by;
        IsPercent = isPercent;
    }

    public decimal By { get; }
    public bool IsPercent { get; }

    public static PriceChange ByPercent(decimal percent) => new(percent, true);

    public static PriceChange ByAmount(decimal amount) => new(amount, false);

    /// <summary>The new price for <paramref name="price"/>.</summary>
    public decimal Of(decimal price)
    {
        var changed = decimal.Round(IsPercent ? price * (1m + By / 100m) : price + By, 2, MidpointRounding.AwayFromZero);
        if (changed <= 0m)
            throw new DomainException($"A price of {price.ToString("0.00", CultureInfo.InvariantCulture)} would fall to " +
                $"{changed.ToString("0.00", CultureInfo.InvariantCulture)}: prices stay above zero.");
        return changed;
    }
}
