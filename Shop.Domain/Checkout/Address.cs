namespace Shop.Domain.Checkout;

/// <summary>
/// Where an order goes. A value: two addresses with the same fields are the same address. Text is trimmed and
/// bounded; the country is an ISO 3166-1 alpha-2 code, upper case.
/// </summary>
public sealed record Address
{
    public string FullName { get; private init; } = "";
    public string Line1 { get; private init; } = "";
    public string Line2 { get; private init; } = "";
    public string City { get; private init; } = "";
    public string Region { get; private init; } = "";
    public string PostalCode { get; private init; } = "";
    public string CountryCode { get; private init; } = "";
    public string? Phone { get; private init; }

    private Address() { }

    public Address(string fullName, string line1, string? line2, string city, string? region, string postalCode,
        string countryCode, string? phone = null)
    {
        FullName = Guard.Text(fullName, "Full name", 100);
        Line1 = Guard.Text(line1, "Address line 1", 200);
        Line2 = Guard.Text(line2, "Address line 2", 200, allowEmpty: true);
        City = Guard.Text(city, "City", 100);
        // Many countries have no states or regions, and some have no postal codes (e.g. Hong Kong, Ireland's rural
        // addresses before Eircode), so only the length of those two is checked.
        Region = Guard.Text(region, "Region", 100, allowEmpty: true);
        PostalCode = Guard.Text(postalCode, "Postal code", 20, allowEmpty: true).ToUpperInvariant();
        CountryCode = Country(countryCode);
        Phone = PhoneNumber(phone);
    }

    private static string Country(string? code)
    {
        var c = (code ?? "").Trim().ToUpperInvariant();
        if (c.Length != 2 || !c.All(char.IsAsciiLetterUpper))
            throw new DomainException($"'{code}' is not a two-letter country code.");
        return c;
    }

    private static string? PhoneNumber(string? phone)
    {
        var p = Guard.Text(phone, "Phone", 30, allowEmpty: true);
        if (p.Length == 0) return null;
        if (!p.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')' or '.') || !p.Any(char.IsAsciiDigit))
            throw new DomainException("A phone number holds digits, spaces and + - ( ) . only.");
        return p;
    }
}
