using Shop.Domain.Markets;

namespace Shop.Domain.Ordering;

/// <summary>
/// Why an EU business paid no VAT, which the invoice, the pages and the mails all say the same way: goods carried to
/// its country are a tax-exempt intra-Community supply (Art. 138 VAT Directive, § 4 Nr. 1b UStG); digital goods billed
/// to it are services it accounts for the VAT on (reverse charge, Art. 196). An order can be both.
/// </summary>
public sealed record VatNotCharged(bool IntraCommunitySupply, bool ReverseChargedService)
{
    public static VatNotCharged None { get; } = new(false, false);

    /// <summary>An order as it was placed.</summary>
    public static VatNotCharged Of(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return Of(order.ReverseCharge, order.ShippedLines.Any(), order.Lines.Any(l => l.IsDigital), order.VatNumber,
            order.ShippingAddress.CountryCode, order.BillTo.CountryCode);
    }

    /// <summary>Totals before the order is placed (the review page): the same lines and destination.</summary>
    public static VatNotCharged Of(bool reverseCharge, IReadOnlyList<TaxableLine> lines, Destination to)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(to);
        return to.ShipTo is not { } shipTo ? None
            : Of(reverseCharge, lines.Any(l => !l.IsDigital), lines.Any(l => l.IsDigital), to.VatNumber, shipTo.CountryCode, (to.BillTo ?? shipTo).CountryCode);
    }

    /// <summary>Goods are taxed where they go, digital goods where they are billed: each is free of VAT where the VAT number is of that country.</summary>
    private static VatNotCharged Of(bool reverseCharge, bool shipsGoods, bool hasDigital, string? vatNumber, string shipCountry, string billCountry) =>
        !reverseCharge ? None : new(shipsGoods && InCountryOf(vatNumber, shipCountry), hasDigital && InCountryOf(vatNumber, billCountry));

    private static bool InCountryOf(string? vatNumber, string country) =>
        string.Equals(VatNumber.CountryOf(vatNumber), country, StringComparison.OrdinalIgnoreCase);
}
