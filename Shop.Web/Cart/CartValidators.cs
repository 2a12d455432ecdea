using FluentValidation;
using Shop.Domain.Cart;
using Shop.Domain.Checkout;

namespace Shop.Web.Cart;

public sealed class CartLineFormValidator : AbstractValidator<CartLineForm>
{
    public CartLineFormValidator()
    {
        RuleFor(x => x.VariantId).GreaterThan(0).WithMessage("Choose a product.");
        RuleFor(x => x.Step).InclusiveBetween(-1, 1).WithMessage("Change the quantity one at a time.");
        RuleFor(x => x.Wanted)
            .GreaterThanOrEqualTo(0).WithMessage("A quantity can't be negative.")
            .LessThanOrEqualTo(ShoppingCart.MaxQuantityPerLine).WithMessage("You can buy at most {ComparisonValue} of one product.")
            .OverridePropertyName(nameof(CartLineForm.Quantity));
    }
}

public sealed class DiscountCodeFormValidator : AbstractValidator<DiscountCodeForm>
{
    public DiscountCodeFormValidator()
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage("Enter a discount code.")
            .MaximumLength(DiscountCode.MaxCodeLength).WithMessage("That code is too long.");
    }
}
