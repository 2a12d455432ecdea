using Shop.Domain.Checkout;
using Shop.Domain.Markets;

namespace Shop.Web.Admin.Markets;

/// <summary>One kind of shipping (standard or express) in a zone: offered or not, and its price bands.</summary>
public sealed class ZoneMethodForm
{
    public ShippingMethod Kind { get; set; }
    /// <summary>The zone's edit version when the page was opened.</summary>
    public int Version { get; set; }
    public bool Offered { get; set; }
    public string? Name { get; set; }
    public ShippingBasis Basis { get; set; } = ShippingBasis.Weight;
    public string? Bands { get; set; } = "0=4.95";
    public decimal? FreeFrom { get; set; }
    public int? Days { get; set; } = 3;

    public static ZoneMethodForm Of(ShippingMethod kind, ZoneMethod? m) => m is null
        ? new ZoneMethodForm { Kind = kind, Name = kind.ToString(), Days = kind == ShippingMethod.Express ? 1 : 3 }
        : new ZoneMethodForm { Kind = kind, Offered = true, Name = m.Name, Basis = m.Basis, Bands = m.Bands, FreeFrom = m.FreeFrom, Days = m.Days };
}
