using Shop.Domain.Checkout;

namespace Shop.Web.Admin.Orders;

/// <summary>Staff's correction of where an order goes; the country and region come along unchanged (the order keeps them).</summary>
public sealed class DeliveryAddressForm
{
    public string? FullName { get; set; }
    public string? Company { get; set; }
    public string? Line1 { get; set; }
    public string? Line2 { get; set; }
    public string? City { get; set; }
    public string? Region { get; set; }
    public string? PostalCode { get; set; }
    public string? CountryCode { get; set; }
    public string? Phone { get; set; }
    /// <summary>
    /// The address the page showed (<see cref="Shown"/>): a colleague's correction saved since is not replaced unseen.
    /// Empty from older pages, which are not checked.
    /// </summary>
    public string? Was { get; set; }

    /// <summary>An address as one string, to tell whether it is still the one a page showed.</summary>
    public static string Shown(Address a) => string.Join("\n", a.FullName, a.Company, a.Line1, a.Line2, a.PostalCode, a.City, a.Region, a.Phone);

    public Address ToAddress() => new(FullName!, Line1!, Line2, City!, Region, PostalCode ?? "", CountryCode!, Phone, Company);

    public static DeliveryAddressForm From(Address a) => new()
    {
        FullName = a.FullName, Company = a.Company, Line1 = a.Line1, Line2 = a.Line2, City = a.City, Region = a.Region,
        PostalCode = a.PostalCode, CountryCode = a.CountryCode, Phone = a.Phone,
    };
}
