namespace Shop.Web.Account;

public sealed class AddressForm
{
    public string Recipient { get; set; } = "";
    public string? Company { get; set; }
    public string Line1 { get; set; } = "";
    public string? Line2 { get; set; }
    public string City { get; set; } = "";
    public string? Region { get; set; }
    public string PostalCode { get; set; } = "";
    public string Country { get; set; } = "";
    public string? Phone { get; set; }
    public bool IsDefault { get; set; }

    public static AddressForm From(SavedAddress a) => new()
    {
        Recipient = a.Recipient, Company = a.Company, Line1 = a.Line1, Line2 = a.Line2, City = a.City, Region = a.Region, Phone = a.Phone, PostalCode = a.PostalCode, Country = a.Country, IsDefault = a.IsDefault,
    };
}
