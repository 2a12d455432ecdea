using Shop.Web.Shared;

namespace Shop.Web.Account;

public sealed class AddressFormValidator : AddressValidator<AddressForm>
{
    public AddressFormValidator() =>
        AddressRules(x => x.Recipient, x => x.Line1, x => x.Line2, x => x.City, x => x.PostalCode, x => x.Country, region: x => x.Region, phone: x => x.Phone,
            company: x => x.Company);
}
