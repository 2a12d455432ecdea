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
    /// <see cref="TaxableLine.AfterDiscount"/>) and of shipping, which pays the rates of the goods it carries
    /// (<see cref="Carriage"/>). Each line
    /// pays the rate of the address <see cref="Destination.TaxedAt"/> gives it, and is reverse charged by that address.
    /// The tax is one row per rate and country (<see cref="TaxAtRate.Country"/>), highest rate first.
    /// </summary>
    public TaxBreakdown Compute(IReadOnlyList<TaxableLine> lines, Money discount, Money shipping, Destination to)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(to);
        var currency = shipping.Currency;
        var goods = TaxableLine.AfterDiscount(lines, discount);
        var all = goods.Concat(Carriage(goods, shipping)).ToList();
        var taxed = all.Select((l, i) => (Index: i, Line: l, At: to.TaxedAt(l)))
            .Where(l => !l.Line.Amount.IsZero)
            .Select(l => (l.Index, l.Line, Rate: RateFor(l.At, l.Line.Class), Country: CountryOf(l.At), Reverse: IsReverseCharge(l.At, to.VatNumber)))
            .ToList();
        var paid = all.Select(_ => Money.Zero(currency)).ToArray();
        var paidTax = all.Select(_ => Money.Zero(currency)).ToArray();
        var rates = new List<(bool Reverse, TaxAtRate Rate)>();
        foreach (var g in taxed.GroupBy(t => (t.Rate, t.Country, t.Reverse)))
        {
            var rate = g.Key.Rate.Rate;
            var gross = g.Aggregate(Money.Zero(currency), (sum, t) => sum + t.Line.Amount);
            var tax = RoundPerLine ? g.Aggregate(Money.Zero(currency), (sum, t) => sum + TaxOn(t.Line.Amount, rate)) : TaxOn(gross, rate);
            var net = PricesIncludeTax ? gross - tax : gross;
            rates.Add((g.Key.Reverse, new TaxAtRate(g.Key.Rate.Label, rate, net, tax, g.Key.Country)));
            // What each line was paid: its amount with its part of the rate's tax (the last line takes the cents left),
            // less that tax when reverse charged.
            var (left, last) = (tax, g.Last());
            foreach (var t in g)
            {
                var lineTax = RoundPerLine ? TaxOn(t.Line.Amount, rate)
                    : t == last ? left : new Money(tax.Amount * t.Line.Amount.Amount / gross.Amount, currency);
                left -= lineTax;
                var lineNet = PricesIncludeTax ? t.Line.Amount - lineTax : t.Line.Amount;
                paid[t.Index] = g.Key.Reverse ? lineNet : lineNet + lineTax;
                if (!g.Key.Reverse) paidTax[t.Index] = lineTax;
            }
        }
        rates = rates.OrderByDescending(r => r.Rate.Rate).ThenBy(r => r.Rate.Country, StringComparer.Ordinal).ToList();

        var netTotal = rates.Aggregate(Money.Zero(currency), (sum, r) => sum + r.Rate.Base);
        // Reverse-charged lines count in the net without their tax; zero-rated goods show no tax line either.
        var reverseCharge = taxed.Count == 0 ? IsReverseCharge(to.ShipTo, to.VatNumber) : taxed.Any(t => t.Reverse);
        return new TaxBreakdown(rates.Where(r => !r.Reverse && r.Rate.Rate > 0m).Select(r => r.Rate).ToList(), netTotal, PricesIncludeTax,
            reverseCharge)
        {
            LinesPaid = paid[..goods.Count], LinesTax = paidTax[..goods.Count],
            ShippingPaid = paid[goods.Count..].Aggregate(Money.Zero(currency), (sum, p) => sum + p),
        };
    }

    /// <summary>
    /// Shipping as it is taxed: delivery follows the goods it carries (an ancillary supply takes the tax of the principal
    /// one; mixed rates split it by the goods' values, as German VAT practice, UStAE 3.10, has it), so it is split over
    /// the tax classes of the shipped lines by their amounts after discount, the last class taking the cents left. With
    /// nothing shipped left to pay for, it pays the standard rate.
    /// </summary>
    private static IEnumerable<TaxableLine> Carriage(IReadOnlyList<TaxableLine> goods, Money shipping)
    {
        var classes = goods.Where(l => !l.IsDigital && l.Amount.Amount > 0m).GroupBy(l => l.Class).OrderBy(g => g.Key)
            .Select(g => (Class: g.Key, Amount: g.Aggregate(Money.Zero(shipping.Currency), (sum, l) => sum + l.Amount))).ToList();
        if (classes.Count <= 1)
        {
            yield return new TaxableLine(shipping, classes.Count == 1 ? classes[0].Class : TaxClass.Standard);
            yield break;
        }
        var shares = shipping.SpreadBy([.. classes.Select(c => c.Amount.Amount)]);
        for (var i = 0; i < classes.Count; i++) yield return new TaxableLine(shares[i], classes[i].Class);
    }

    /// <summary>Where a line's tax is owed: the country of the address it is taxed at; with no address yet, the shop's own.</summary>
    private string? CountryOf(Address? taxedAt) => taxedAt?.CountryCode ?? ShopCountry;

    private Money TaxOn(Money amount, decimal rate) => new TaxRule(rate, PricesIncludeTax).TaxOn(amount);
}
