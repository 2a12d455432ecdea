using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Shop.Domain.Checkout;
using Shop.Web.Shared;

namespace Shop.Web.Checkout;

/// <summary>
/// What the shopper chose in step one, kept between the steps in an encrypted cookie (no server state, works on any
/// node that shares the data-protection keys). <see cref="AttemptKey"/> identifies one payment attempt: every
/// render of the review page carries it, so a double click or a re-post finds the same order. <see cref="Billing"/> is
/// null when the bill goes to the delivery address.
/// </summary>
/// <remarks><see cref="VatNumber"/>: a business buyer's, for reverse charge; tax follows <see cref="Address"/> (digital goods
/// <see cref="BillTo"/>).</remarks>
public sealed record CheckoutDraft(string? Email, Address Address, ShippingMethod ShippingMethod, Guid AttemptKey, string? VatNumber = null,
    Address? Billing = null)
{
    public const string CookieName = "shop.checkout";
    private const string Purpose = "Shop.Checkout.Draft.v1";

    /// <summary>The address the card's bills go to.</summary>
    public Address BillTo => Billing ?? Address;

    public CheckoutDraft WithNewAttempt() => this with { AttemptKey = Guid.NewGuid() };

    /// <summary>Where the order goes and who buys, as tax and shipping see it.</summary>
    public Domain.Markets.Destination Destination => new(Address, VatNumber, Billing);

    public static CheckoutDraft? Read(HttpContext http)
    {
        if (!http.Request.Cookies.TryGetValue(CookieName, out var value)) return null;
        try
        {
            var json = Protector(http).Unprotect(value);
            var stored = JsonSerializer.Deserialize<Stored>(json);
            return stored?.ToDraft();
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or JsonException or Domain.DomainException or FormatException)
        {
            return null; // tampered, expired keys or an old format: the shopper just fills step one again
        }
    }

    public void Write(HttpContext http)
    {
        var json = JsonSerializer.Serialize(Stored.From(this));
        http.Response.Cookies.Append(CookieName, Protector(http).Protect(json), CookieSecurity.Options(http, TimeSpan.FromHours(12)));
    }

    public static void Clear(HttpContext http) => http.Response.Cookies.Delete(CookieName, CookieSecurity.Options(http));

    /// <summary>
    /// Sealed for whoever is signed in (or nobody): after signing out, or as someone else, the browser's draft no longer
    /// opens, so the next person on it does not find the last one's address and email filled in.
    /// </summary>
    private static IDataProtector Protector(HttpContext http) =>
        http.RequestServices.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose,
            http.User.Identity?.IsAuthenticated == true ? http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "" : "");

    /// <summary>The draft as the cookie keeps it; <see cref="Company"/> last, so drafts written before it still open.</summary>
    private sealed record Stored(string? Email, string FullName, string Line1, string Line2, string City, string Region,
        string PostalCode, string CountryCode, string? Phone, ShippingMethod ShippingMethod, Guid AttemptKey, string? VatNumber,
        StoredBilling? Billing = null, string? Company = null)
    {
        public static Stored From(CheckoutDraft d) => new(d.Email, d.Address.FullName, d.Address.Line1, d.Address.Line2,
            d.Address.City, d.Address.Region, d.Address.PostalCode, d.Address.CountryCode, d.Address.Phone, d.ShippingMethod, d.AttemptKey,
            d.VatNumber, d.Billing is { } b ? new(b.FullName, b.Line1, b.Line2, b.City, b.Region, b.PostalCode, b.CountryCode, b.Company) : null,
            d.Address.Company);

        public CheckoutDraft ToDraft() => new(Email, new Address(FullName, Line1, Line2, City, Region, PostalCode, CountryCode, Phone, Company),
            ShippingMethod, AttemptKey, VatNumber,
            Billing is { } b ? new Address(b.FullName, b.Line1, b.Line2, b.City, b.Region, b.PostalCode, b.CountryCode, company: b.Company) : null);
    }

    private sealed record StoredBilling(string FullName, string Line1, string Line2, string City, string Region, string PostalCode, string CountryCode,
        string? Company = null);
}
