using Shop.Domain.Checkout;

namespace Shop.Domain.Markets;

/// <summary>Where the shop ships (countries, or regions of one country) and how: at most one method of each kind.</summary>
public class ShippingZone : IZone
{
    public const int NameMax = 60;

    private readonly List<ZoneMethod> _methods = [];

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Countries { get; private set; } = "";
    public string Regions { get; private set; } = "";
    public IReadOnlyList<ZoneMethod> Methods => _methods;

    /// <summary>
    /// No method offered: addresses here cannot check out. Such a zone still counts (<see cref="ShippingTable"/>), as
    /// staff's way to say "not here" (a state carved out of its country, a zone paused), so addresses in no zone cannot either.
    /// </summary>
    public bool ShipsNothing => _methods.Count == 0;

    private ShippingZone() { }

    public ShippingZone(string name, string countries, string? regions) => Change(name, countries, regions);

    public void Change(string name, string countries, string? regions)
    {
        Name = Guard.Text(name, "Name", NameMax);
        var area = ZoneArea.Parse(countries, regions);
        (Countries, Regions) = (area.CountriesText, area.RegionsText);
    }

    public ZoneArea Area => ZoneArea.Parse(Countries, Regions);

    /// <summary>Adds a method, or replaces the zone's method of the same kind.</summary>
    public ZoneMethod Offer(ShippingMethod kind, string name, ShippingBasis basis, string bands, decimal? freeFrom, int days, string currency)
    {
        if (_methods.Find(m => m.Kind == kind) is { } existing)
        {
            existing.Change(kind, name, basis, bands, freeFrom, days, currency);
            return existing;
        }
        var method = new ZoneMethod(kind, name, basis, bands, freeFrom, days, currency);
        _methods.Add(method);
        return method;
    }

    public void Withdraw(ShippingMethod kind) => _methods.RemoveAll(m => m.Kind == kind);
}
