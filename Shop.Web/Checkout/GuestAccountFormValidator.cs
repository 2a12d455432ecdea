using FluentValidation;
using Shop.Web.Account;

namespace Shop.Web.Checkout;

public sealed class GuestAccountFormValidator : AbstractValidator<GuestAccountForm>
{
    public GuestAccountFormValidator() => RuleFor(x => x.Password).ShopPassword();
}
