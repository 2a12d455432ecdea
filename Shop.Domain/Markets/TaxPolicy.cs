using Shop.Domain.Checkout;

namespace Shop.Domain.Markets;

/// <summary>
/// How the shop taxes a sale: the zones (the rate follows the delivery address, the most specific zone wins), the
/// single rate for addresses in no zone (and for shops with no zones), whether prices include tax, and whether tax
/// is rounded per line or once per rate. A business with a valid-looking VAT number in another EU country than the
/// shop's pays no VAT (reverse charge).
/// </summary>
public sealed record TaxPolicy(IReadOnlyList<TaxZone> Zones, TaxRule Fallback, bool RoundPerLine = false, string? ShopCountry = null)
{
    public bool PricesIncludeTax => Fallback.PricesIncludeTax;

    /// <summary>The shop's old single rate and no zones.</summary>
    public static TaxPolicy Single(TaxRule rule) => new([], rule);

    public bool IsReverseCharge(Address? shipTo, string? vatNumber) =>
        shipTo is not null && ShopCountry is { } home && VatNumber.CountryOf(vatNumber) is { } vatCountry
        && vatCountry == shipTo.CountryCode && VatNumber.IsEu(vatCountry) && VatNumber.IsEu(home)
        && !string.Equals(vatCountry, home, StringComparison.OrdinalIgnoreCase);

    /// <summary>The rate and its receipt label for a tax class delivered to an address (null: the shop's home or fallback).</summary>
    public (string Label, decimal Rate) RateFor(Address? shipTo, TaxClass taxClass)
    {
        var zone = shipTo is null ? ZoneArea.Match(Zones, z => z.Area, ShopCountry, null)
            : ZoneArea.Match(Zones, z => z.Area, shipTo.CountryCode, shipTo.Region);
        var rate = zone?.RateOf(taxClass) ?? (taxClass == TaxClass.Zero ? 0m : Fallback.Rate);
        return (TaxAtRate.LabelOf(zone?.TaxName ?? "Tax", rate), rate);
    }

    /// <summary>
    /// Tax of goods lines after <paramref name="discount"/> (spread over the lines in proportion to their amounts, the
    /// last line taking the cents left) and of shipping, which pays the standard rate of the destination.
    /// </summary>
    public TaxBreakdown Compute(IReadOnlyList<TaxableLine> lines, Money discount, Money shipping, Address? shipTo, string? vatNumber = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var currency = shipping.Currency;
        var taxed = Discounted(lines, discount).Append(new TaxableLine(shipping, TaxClass.Standard))
            .Where(l => !l.Amount.IsZero)
            .Select(l => (Line: l, Rate: RateFor(shipTo, l.Class)))
            .ToList();
        var rates = taxed.GroupBy(t => t.Rate).Select(g =>
        {
            var gross = g.Aggregate(Money.Zero(currency), (sum, t) => sum + t.Line.Amount);
            var tax = RoundPerLine
                ? g.Aggregate(Money.Zero(currency), (sum, t) => sum + TaxOn(t.Line.Amount, g.Key.Rate))
                : TaxOn(gross, g.Key.Rate);
            var net = PricesIncludeTax ? gross - tax : gross;
            return new TaxAtRate(g.Key.Label, g.Key.Rate, net, tax);
        }).OrderByDescending(r => r.Rate).ToList();

        var netTotal = rates.Aggregate(Money.Zero(currency), (sum, r) => sum + r.Base);
        if (IsReverseCharge(shipTo, vatNumber)) return new TaxBreakdown([], netTotal, PricesIncludeTax, ReverseCharge: true);
        // Zero-rated goods count in the net but show no tax line.
        return new TaxBreakdown(rates.Where(r => r.Rate > 0m).ToList(), netTotal, PricesIncludeTax, ReverseCharge: false);
    }

    private Money TaxOn(Money amount, decimal rate) => new TaxRule(rate, PricesIncludeTax).TaxOn(amount);

    private static IEnumerable<TaxableLine> Discounted(IReadOnlyList<TaxableLine> lines, Money discount)
    {
        var goods = lines.Aggregate(Money.Zero(discount.Currency), (sum, l) => sum + l.Amount);
        if (discount.IsZero || goods.IsZero) return lines;
        if (discount > goods) discount = goods;
        var left = discount;
        var result = new List<TaxableLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var share = i == lines.Count - 1 ? left : new Money(discount.Amount * lines[i].Amount.Amount / goods.Amount, goods.Currency);
            if (share > lines[i].Amount) share = lines[i].Amount;
            left -= share;
            result.Add(lines[i] with { Amount = lines[i].Amount - share });
        }
        return result;
    }
}
