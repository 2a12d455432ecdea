using Shop.Web.Shared;

namespace Shop.Web.Checkout;

/// <summary>The shared address rules for the billing address; checkout applies them when it differs from the delivery address.</summary>
public sealed class BillingAddressFormValidator : AddressValidator<BillingAddressForm>
{
    public const string NameMissing = "Enter the name the bill goes to.";

    public BillingAddressFormValidator() =>
        AddressRules(x => x.FullName, x => x.Line1, x => x.Line2, x => x.City, x => x.PostalCode, x => x.CountryCode,
            region: x => x.Region, recipientMissing: NameMissing, company: x => x.Company);
}
