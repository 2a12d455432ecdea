namespace Shop.Web.Orders;

/// <summary>
/// The carriers staff choose from when shipping (<c>Shop:Carriers</c>, a list of Name and TrackingUrl, where
/// <c>{tracking}</c> stands for the tracking number). Without a configured list, <see cref="Carriers.Defaults"/>.
/// </summary>
public sealed class CarrierOptions
{
    public const string Section = "Shop";

    public List<Carrier> Carriers { get; set; } = [];
}

/// <summary>A carrier and the page where a shopper follows a parcel.</summary>
public sealed class Carrier
{
    public string Name { get; set; } = "";
    public string TrackingUrl { get; set; } = "";
}
