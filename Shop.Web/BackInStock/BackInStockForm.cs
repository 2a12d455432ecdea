using FluentValidation;
using Shop.Web.Mail;

namespace Shop.Web.BackInStock;

/// <summary>"Tell me when it's back" as posted from a product page: the sold-out variant and an address.</summary>
public sealed class BackInStockForm
{
    public int VariantId { get; set; }
    public string? Email { get; set; }
}

public sealed class BackInStockFormValidator : AbstractValidator<BackInStockForm>
{
    public BackInStockFormValidator() => RuleFor(x => x.Email).UsableEmail("Enter the email address to tell.");
}
