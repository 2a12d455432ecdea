using System.Text.Json;
using Shop.Domain.Checkout;

namespace Shop.Web.Checkout;

/// <summary>
/// The address braintree-web's verifyCard sends to the bank for 3-D Secure, in its billingAddress field names: the
/// billing address the shopper gave at checkout, which is the delivery address unless they said otherwise.
/// </summary>
public static class ThreeDSecureBilling
{
    public static string Json(Address a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var space = a.FullName.IndexOf(' ', StringComparison.Ordinal);
        var phone = new string((a.Phone ?? "").Where(char.IsAsciiDigit).ToArray());
        return JsonSerializer.Serialize(new Dictionary<string, string?>
        {
            ["givenName"] = Cut(space < 0 ? a.FullName : a.FullName[..space]),
            ["surname"] = space < 0 ? null : Cut(a.FullName[(space + 1)..]),
            ["streetAddress"] = Cut(a.Line1),
            ["extendedAddress"] = a.Line2.Length == 0 ? null : Cut(a.Line2),
            ["locality"] = a.City,
            ["region"] = a.Region.Length == 0 ? null : a.Region,
            ["postalCode"] = a.PostalCode,
            ["countryCodeAlpha2"] = a.CountryCode,
            ["phoneNumber"] = phone.Length == 0 ? null : phone,
        }.Where(p => p.Value is not null).ToDictionary());
    }

    /// <summary>verifyCard takes at most 50 characters for names and street lines.</summary>
    private static string Cut(string text) => text.Length <= 50 ? text : text[..50];
}
