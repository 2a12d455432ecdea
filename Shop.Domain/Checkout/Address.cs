namespace Shop.Domain.Checkout;

/// <summary>
/// Where an order goes. A value: two addresses with the same fields are the same address. Text is trimmed and
/// bounded; the country is an ISO 3166-1 alpha-2 code, upper case.
/// </summary>
public sealed record Address
{
    /// <summary>Longest text per field, also told to the shopper by the forms' validators.</summary>
    public const int NameMax = 100, CompanyMax = 100, LineMax = 200, CityMax = 100, RegionMax = 100, PostalCodeMax = 20, PhoneMax = 30;

    public string FullName { get; private init; } = "";
    /// <summary>The business the parcel or the bill goes to (an invoice to a business names it); null for a private address.</summary>
    public string? Company { get; private init; }
    public string Line1 { get; private init; } = "";
    public string Line2 { get; private init; } = "";
    public string City { get; private init; } = "";
    public string Region { get; private init; } = "";
    public string PostalCode { get; private init; } = "";
    public string CountryCode { get; private init; } = "";
    public string? Phone { get; private init; }

    private Address() { }

    public Address(string fullName, string line1, string? line2, string city, string? region, string postalCode,
        string countryCode, string? phone = null, string? company = null)
    {
        FullName = Plain(fullName, "Full name", NameMax);
        Company = Plain(company, "Company", CompanyMax, allowEmpty: true) is { Length: > 0 } c ? c : null;
        Line1 = Plain(line1, "Address line 1", LineMax);
        Line2 = Plain(line2, "Address line 2", LineMax, allowEmpty: true);
        City = Plain(city, "City", CityMax);
        // Many countries have no states or regions, and some have no postal codes (e.g. Hong Kong, Ireland's rural
        // addresses before Eircode), so only the length of those two is checked. A listed state is kept as its code,
        // a postal code as its country writes it (PostalFormat.Written).
        CountryCode = Country(countryCode);
        var typed = Plain(region, "Region", RegionMax, allowEmpty: true);
        Region = Regions.CodeOf(CountryCode, typed) ?? typed;
        PostalCode = PostalFormat.Written(CountryCode, Guard.Text(postalCode, "Postal code", PostalCodeMax, allowEmpty: true));
        Phone = PhoneNumber(phone);
    }

    /// <summary>The address as written on a parcel or an invoice, as its country writes it (<see cref="AddressLines"/>), without the country.</summary>
    public IReadOnlyList<string> Lines => AddressLines.Of(FullName, Company, Line1, Line2, City, Region, PostalCode, CountryCode);

    /// <summary>
    /// Control characters and text-direction marks: invisible on the page, they turn a label, a mail or an invoice into
    /// something else ("Straße 1" shown backwards, a bell in the courier's system). Forms refuse them by the field.
    /// </summary>
    public static bool HasHiddenCharacters(string? text) =>
        text is not null && text.Any(c => char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069');

    private static string Plain(string? text, string name, int maxLength, bool allowEmpty = false) =>
        HasHiddenCharacters(text) ? throw new DomainException($"{name} holds hidden characters.") : Guard.Text(text, name, maxLength, allowEmpty);

    /// <summary>Countries whose addresses have no postal code (Hong Kong, Ireland's rural addresses, the Gulf, much of Africa).</summary>
    private static readonly HashSet<string> WithoutPostalCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "AE", "AG", "AO", "AW", "BF", "BI", "BJ", "BO", "BS", "BW", "BZ", "CD", "CF", "CG", "CI", "CK", "CM", "DJ", "DM",
        "ER", "FJ", "GA", "GD", "GH", "GM", "GQ", "GY", "HK", "IE", "JM", "KI", "KM", "KN", "KP", "LY", "ML", "MO", "MR",
        "MW", "NR", "NU", "QA", "RW", "SB", "SC", "SL", "SO", "SR", "SS", "ST", "SY", "TD", "TG", "TK", "TL", "TO", "TT",
        "TV", "UG", "VU", "YE", "ZW",
    };

    public static IReadOnlyCollection<string> CountriesWithoutPostalCodes => WithoutPostalCodes;

    /// <summary>Whether a form must ask for a postal code for this country (unknown or missing country: yes).</summary>
    public static bool NeedsPostalCode(string? countryCode) => !WithoutPostalCodes.Contains((countryCode ?? "").Trim());

    private static string Country(string? code)
    {
        var c = (code ?? "").Trim().ToUpperInvariant();
        if (c.Length != 2 || !c.All(char.IsAsciiLetterUpper))
            throw new DomainException($"'{code}' is not a two-letter country code.");
        return c;
    }

    private static string? PhoneNumber(string? phone)
    {
        var p = Guard.Text(phone, "Phone", PhoneMax, allowEmpty: true);
        if (p.Length == 0) return null;
        if (!IsPhoneNumber(p)) throw new DomainException(PhoneRule);
        return p;
    }

    public const string PhoneRule = "A phone number holds digits, spaces and + - ( ) . / only.";

    /// <summary>Digits (at least one), spaces and + - ( ) . / only ("0211/123456" is how Germans write one); the forms check typed numbers with this too.</summary>
    public static bool IsPhoneNumber(string phone) =>
        phone.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')' or '.' or '/') && phone.Any(char.IsAsciiDigit);
}
