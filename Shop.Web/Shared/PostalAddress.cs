using Shop.Domain.Checkout;

namespace Shop.Web.Shared;

/// <summary>
/// An address as shoppers and staff read it (<c>_Address</c>, mails, packing slips and invoices): an order's, or one
/// kept in the address book.
/// </summary>
public sealed record PostalAddress(string Name, string Line1, string? Line2, string City, string? Region, string PostalCode, string CountryCode,
    string? Phone = null)
{
    public static PostalAddress Of(Address address) => new(address.FullName, address.Line1, address.Line2, address.City, address.Region,
        address.PostalCode, address.CountryCode, address.Phone);

    /// <summary>Below the name: the street, the town as its country writes it (<see cref="PostalFormat"/>), the country in the reader's language.</summary>
    public IReadOnlyList<string> Lines =>
        new[] { Line1, Line2 }.Concat(PostalFormat.Locality(CountryCode, City, Region, PostalCode)).Append(CountryOptions.NameOf(CountryCode))
            .Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!).ToList();
}
