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

    public Address ToAddress() => new(FullName!, Line1!, Line2, City!, Region, PostalCode ?? "", CountryCode!, Phone, Company);

    public static DeliveryAddressForm From(Address a) => new()
    {
        FullName = a.FullName, Company = a.Company, Line1 = a.Line1, Line2 = a.Line2, City = a.City, Region = a.Region,
        PostalCode = a.PostalCode, CountryCode = a.CountryCode, Phone = a.Phone,
    };
}
