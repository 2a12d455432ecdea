namespace Shop.Domain.Markets;

/// <summary>
/// Tax where the goods go: an area (countries, or regions of one country) with its standard and reduced rate, e.g.
/// Germany's VAT 19 % and 7 %, or New York's sales tax. The zero class always pays 0.
/// </summary>
public class TaxZone : IZone
{
    public const int NameMax = 60, TaxNameMax = 30;

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>What the tax is called on receipts: "VAT", "Sales tax".</summary>
    public string TaxName { get; private set; } = "";
    public string Countries { get; private set; } = "";
    public string Regions { get; private set; } = "";
    public decimal StandardRate { get; private set; }
    public decimal ReducedRate { get; private set; }

    private TaxZone() { }

    public TaxZone(string name, string taxName, string countries, string? regions, decimal standardRate, decimal reducedRate) =>
        Change(name, taxName, countries, regions, standardRate, reducedRate);

    public void Change(string name, string taxName, string countries, string? regions, decimal standardRate, decimal reducedRate)
    {
        Name = Guard.Text(name, "Name", NameMax);
        TaxName = Guard.Text(taxName, "Tax name", TaxNameMax);
        var area = ZoneArea.Parse(countries, regions);
        (Countries, Regions) = (area.CountriesText, area.RegionsText);
        StandardRate = Rate(standardRate, "standard");
        ReducedRate = Rate(reducedRate, "reduced");
    }

    public ZoneArea Area => ZoneArea.Parse(Countries, Regions);

    public decimal RateOf(TaxClass taxClass) => taxClass switch
    {
        TaxClass.Standard => StandardRate,
        TaxClass.Reduced => ReducedRate,
        TaxClass.Zero => 0m,
        _ => throw new DomainException($"'{taxClass}' is not a tax class."),
    };

    private static decimal Rate(decimal rate, string which) =>
        rate is >= 0m and < 1m ? rate : throw new DomainException($"The {which} rate is a fraction between 0 and 1, e.g. 0.19 for 19 %.");
}
