using FluentValidation;
using Shop.Domain.Markets;
using Shop.Web.Mail;
using Shop.Web.Shared;

namespace Shop.Web.Checkout;

/// <summary>The shared address rules, the guest's email and the shipping method.</summary>
public sealed class CheckoutFormValidator : AddressValidator<CheckoutForm>
{
    public const string EmailMissing = "Enter your email so we can send the receipt.";
    public const string VatNumberInvalid = "Enter an EU VAT number such as DE123456789, or leave it empty.";

    public CheckoutFormValidator(IHttpContextAccessor http)
    {
        When(_ => http.HttpContext?.User.Identity?.IsAuthenticated != true, () =>
            RuleFor(x => x.Email).UsableEmail(EmailMissing));
        AddressRules(x => x.FullName, x => x.Line1, x => x.Line2, x => x.City, x => x.PostalCode, x => x.CountryCode,
            region: x => x.Region, phone: x => x.Phone, company: x => x.Company);
        When(x => !x.BillingSameAsDelivery, () => RuleFor(x => x.Billing).SetValidator(new BillingAddressFormValidator()));
        RuleFor(x => x.ShippingMethod).IsInEnum().WithMessage("Choose standard or express shipping.");
        RuleFor(x => x.VatNumber).Must(VatNumber.LooksValid).WithMessage(VatNumberInvalid)
            .When(x => !string.IsNullOrWhiteSpace(x.VatNumber));
    }
}
