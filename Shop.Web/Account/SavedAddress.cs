using Shop.Web.Shared;

namespace Shop.Web.Account;

/// <summary>A delivery address a shopper keeps in "My account"; always belongs to exactly one account.</summary>
public class SavedAddress
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public string Recipient { get; set; } = "";
    /// <summary>The business it goes to, optional.</summary>
    public string? Company { get; set; }
    public string Line1 { get; set; } = "";
    public string? Line2 { get; set; }
    public string City { get; set; } = "";
    /// <summary>State or region (required where tax and shipping go by state); empty when none.</summary>
    public string? Region { get; set; }
    public string PostalCode { get; set; } = "";
    public string Country { get; set; } = "";
    /// <summary>For the courier, optional.</summary>
    public string? Phone { get; set; }
    public bool IsDefault { get; set; }

    public PostalAddress AsPostalAddress() => new(Recipient, Line1, Line2, City, Region, PostalCode, Country, Company: Company);
}
