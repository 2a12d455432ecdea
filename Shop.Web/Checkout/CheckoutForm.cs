using Shop.Domain.Checkout;

namespace Shop.Web.Checkout;

/// <summary>Step one of checkout: where to send it and how. Prices never travel in this form.</summary>
public sealed class CheckoutForm
{
    /// <summary>Guests type it; signed-in shoppers use their account's address.</summary>
    public string? Email { get; set; }
    public string? FullName { get; set; }
    /// <summary>A business's name, optional: it heads the address and the invoice names it.</summary>
    public string? Company { get; set; }
    public string? Line1 { get; set; }
    public string? Line2 { get; set; }
    public string? City { get; set; }
    public string? Region { get; set; }
    public string? PostalCode { get; set; }
    public string? CountryCode { get; set; }
    public string? Phone { get; set; }
    public ShippingMethod ShippingMethod { get; set; } = ShippingMethod.Standard;
    /// <summary>An EU business's VAT number: from another EU country than the shop's, no VAT is charged.</summary>
    public string? VatNumber { get; set; }

    /// <summary>Bill the delivery address (ticked by default); otherwise <see cref="Billing"/>.</summary>
    public bool BillingSameAsDelivery { get; set; } = true;
    public BillingAddressForm Billing { get; set; } = new();

    public Address ToAddress() => new(FullName!, Line1!, Line2, City!, Region, PostalCode ?? "", CountryCode!, Phone, Company);

    /// <summary>The billing address, or null when it is the delivery address.</summary>
    public Address? ToBillingAddress() => BillingSameAsDelivery ? null : Billing.ToAddress();

    /// <summary>A first visit: the shop's own country chosen (<see cref="ShopOptions.HomeCountry"/>), for the bill too.</summary>
    public static CheckoutForm Start(string country) => new() { CountryCode = country, Billing = new() { CountryCode = country } };

    public static CheckoutForm From(Account.SavedAddress saved, ShippingMethod? method, string homeCountry)
    {
        var country = saved.Country.Trim().Length == 2 ? saved.Country.Trim().ToUpperInvariant() : null;
        return new()
        {
            FullName = saved.Recipient,
            Company = saved.Company,
            Line1 = saved.Line1,
            Line2 = saved.Line2,
            City = saved.City,
            Region = saved.Region,
            Phone = saved.Phone,
            PostalCode = saved.PostalCode,
            CountryCode = country,
            ShippingMethod = method ?? ShippingMethod.Standard,
            Billing = new() { CountryCode = country ?? homeCountry },
        };
    }

    public static CheckoutForm From(CheckoutDraft draft) => new()
    {
        Email = draft.Email,
        FullName = draft.Address.FullName,
        Company = draft.Address.Company,
        Line1 = draft.Address.Line1,
        Line2 = draft.Address.Line2,
        City = draft.Address.City,
        Region = draft.Address.Region,
        PostalCode = draft.Address.PostalCode,
        CountryCode = draft.Address.CountryCode,
        Phone = draft.Address.Phone,
        ShippingMethod = draft.ShippingMethod,
        VatNumber = draft.VatNumber,
        BillingSameAsDelivery = draft.Billing is null,
        Billing = draft.Billing is { } billing ? BillingAddressForm.From(billing) : new() { CountryCode = draft.Address.CountryCode },
    };
}
