using Shop.Domain.Checkout;

namespace Shop.Domain.Markets;

/// <summary>
/// How the shop taxes a sale: the zones (the rate follows the delivery address, for digital goods the billing address;
/// the most specific zone wins), the single rate for addresses in no zone (and for shops with no zones), whether
/// prices include tax, and whether tax is rounded per line or once per rate. A business with a valid-looking VAT number
/// of the line's taxing country, another EU country than the shop's, pays no VAT on it (reverse charge).
/// </summary>
public sealed record TaxPolicy(IReadOnlyList<TaxZone> Zones, TaxRule Fallback, bool RoundPerLine = false, string? ShopCountry = null)
{
    public bool PricesIncludeTax => Fallback.PricesIncludeTax;

    /// <summary>Tax is added on top at rates that follow the address (US sales tax): until it is known, a total is an estimate.</summary>
    public bool AddsTaxByAddress => !PricesIncludeTax && Zones.Count > 0;

    /// <summary>The shop's old single rate and no zones.</summary>
    public static TaxPolicy Single(TaxRule rule) => new([], rule);

    /// <summary>Whether goods taxed at <paramref name="taxedAt"/> are reverse charged for a buyer with this VAT number.</summary>
    public bool IsReverseCharge(Address? taxedAt, string? vatNumber) =>
        taxedAt is not null && ShopCountry is { } home && VatNumber.CountryOf(vatNumber) is { } vatCountry
        && vatCountry == taxedAt.CountryCode && VatNumber.IsEu(vatCountry) && VatNumber.IsEu(home)
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
    /// Tax of goods lines after <paramref name="discount"/> (spread over the lines it covers,
    /// <see cref="TaxableLine.AfterDiscount"/>) and of shipping, which pays the standard rate of the delivery address. Each line
    /// pays the rate of the address <see cref="Destination.TaxedAt"/> gives it, and is reverse charged by that address.
    /// </summary>
    public TaxBreakdown Compute(IReadOnlyList<TaxableLine> lines, Money discount, Money shipping, Destination to)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(to);
        var currency = shipping.Currency;
        var taxed = TaxableLine.AfterDiscount(lines, discount).Append(new TaxableLine(shipping, TaxClass.Standard))
            .Where(l => !l.Amount.IsZero)
            .Select(l => (Line: l, At: to.TaxedAt(l)))
            .Select(l => (l.Line, Rate: RateFor(l.At, l.Line.Class), Reverse: IsReverseCharge(l.At, to.VatNumber)))
            .ToList();
        var rates = taxed.GroupBy(t => (t.Rate, t.Reverse)).Select(g =>
        {
            var gross = g.Aggregate(Money.Zero(currency), (sum, t) => sum + t.Line.Amount);
            var tax = RoundPerLine
                ? g.Aggregate(Money.Zero(currency), (sum, t) => sum + TaxOn(t.Line.Amount, g.Key.Rate.Rate))
                : TaxOn(gross, g.Key.Rate.Rate);
            var net = PricesIncludeTax ? gross - tax : gross;
            return (Reverse: g.Key.Reverse, Rate: new TaxAtRate(g.Key.Rate.Label, g.Key.Rate.Rate, net, tax));
        }).OrderByDescending(r => r.Rate.Rate).ToList();

        var netTotal = rates.Aggregate(Money.Zero(currency), (sum, r) => sum + r.Rate.Base);
        // Reverse-charged lines count in the net without their tax; zero-rated goods show no tax line either.
        var reverseCharge = taxed.Count == 0 ? IsReverseCharge(to.ShipTo, to.VatNumber) : taxed.Any(t => t.Reverse);
        return new TaxBreakdown(rates.Where(r => !r.Reverse && r.Rate.Rate > 0m).Select(r => r.Rate).ToList(), netTotal, PricesIncludeTax,
            reverseCharge);
    }

    private Money TaxOn(Money amount, decimal rate) => new TaxRule(rate, PricesIncludeTax).TaxOn(amount);
}
