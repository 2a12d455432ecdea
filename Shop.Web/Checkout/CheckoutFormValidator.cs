using FluentValidation;
using Shop.Domain.Checkout;
using Shop.Web.Mail;

namespace Shop.Web.Checkout;

/// <summary>The same limits as <see cref="Address"/>, said to the shopper next to each field.</summary>
public sealed class CheckoutFormValidator : AbstractValidator<CheckoutForm>
{
    public CheckoutFormValidator(IHttpContextAccessor http)
    {
        When(_ => http.HttpContext?.User.Identity?.IsAuthenticated != true, () =>
            RuleFor(x => x.Email).UsableEmail("Enter your email so we can send the receipt."));
        RuleFor(x => x.FullName).NotEmpty().WithMessage("Enter the name of the person receiving the order.").MaximumLength(100);
        RuleFor(x => x.Line1).NotEmpty().WithMessage("Enter the street address.").MaximumLength(200);
        RuleFor(x => x.Line2).MaximumLength(200);
        RuleFor(x => x.City).NotEmpty().WithMessage("Enter the city.").MaximumLength(100);
        RuleFor(x => x.Region).MaximumLength(100);
        RuleFor(x => x.PostalCode).MaximumLength(20);
        RuleFor(x => x.CountryCode).CountryCode();
        RuleFor(x => x.Phone).MaximumLength(30)
            .Matches(@"^[0-9+\-(). ]*$").WithMessage("A phone number holds digits, spaces and + - ( ) . only.");
        RuleFor(x => x.ShippingMethod).IsInEnum().WithMessage("Choose standard or express shipping.");
    }
}
