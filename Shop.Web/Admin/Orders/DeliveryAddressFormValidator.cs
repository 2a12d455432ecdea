using Shop.Web.Shared;

namespace Shop.Web.Admin.Orders;

/// <summary>The address rules checkout applies, said beside each field of the staff's correction.</summary>
public sealed class DeliveryAddressFormValidator : AddressValidator<DeliveryAddressForm>
{
    public DeliveryAddressFormValidator() =>
        AddressRules(x => x.FullName, x => x.Line1, x => x.Line2, x => x.City, x => x.PostalCode, x => x.CountryCode,
            region: x => x.Region, phone: x => x.Phone, company: x => x.Company);
}
