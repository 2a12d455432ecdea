using Shop.Domain.Checkout;

namespace Shop.Web.Shared;

/// <summary>
/// An address as shoppers and staff read it (<c>_Address</c>, mails, packing slips and invoices): an order's, or one
/// kept in the address book. Its lines are the domain's (<see cref="AddressLines"/>), with the country's name last.
/// </summary>
public sealed record PostalAddress(string Name, string Line1, string? Line2, string City, string? Region, string PostalCode, string CountryCode,
    string? Phone = null, string? Company = null)
{
    public static PostalAddress Of(Address address) => new(address.FullName, address.Line1, address.Line2, address.City, address.Region,
        address.PostalCode, address.CountryCode, address.Phone, address.Company);

    /// <summary>Whom it goes to: the person, and the business above or below as the country writes it.</summary>
    public IReadOnlyList<string> Addressee => AddressLines.Addressee(Name, Company, CountryCode);

    /// <summary>Below whom: the street, the town as its country writes it (<see cref="PostalFormat"/>), the country in the reader's language.</summary>
    public IReadOnlyList<string> Lines =>
        [.. AddressLines.Below(Line1, Line2, City, Region, PostalCode, CountryCode), .. NonEmpty(CountryOptions.NameOf(CountryCode))];

    /// <summary>Every line, whom it goes to first.</summary>
    public IReadOnlyList<string> All => [.. Addressee, .. Lines];

    private static IEnumerable<string> NonEmpty(string text) => string.IsNullOrWhiteSpace(text) ? [] : [text];
}
