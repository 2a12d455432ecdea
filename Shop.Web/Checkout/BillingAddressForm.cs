using Shop.Domain.Checkout;

namespace Shop.Web.Checkout;

/// <summary>The billing address at checkout, asked for only when it is not the delivery address.</summary>
public sealed class BillingAddressForm
{
    public string? FullName { get; set; }
    public string? Company { get; set; }
    public string? Line1 { get; set; }
    public string? Line2 { get; set; }
    public string? City { get; set; }
    public string? Region { get; set; }
    public string? PostalCode { get; set; }
    public string? CountryCode { get; set; }

    public Address ToAddress() => new(FullName!, Line1!, Line2, City!, Region, PostalCode ?? "", CountryCode!, company: Company);

    public static BillingAddressForm From(Address a) => new()
    {
        FullName = a.FullName, Company = a.Company, Line1 = a.Line1, Line2 = a.Line2, City = a.City, Region = a.Region, PostalCode = a.PostalCode,
        CountryCode = a.CountryCode,
    };
}
