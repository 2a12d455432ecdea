using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Shop.Web.Data;

namespace Shop.Web.Admin.Categories;

public sealed class CategoryFormValidator : AbstractValidator<CategoryForm>
{
    public const string NameTaken = "Another category is already called that: shoppers would see two in the menu.";

    public CategoryFormValidator(ShopDbContext db)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the category's name.")
            .MaximumLength(100).WithMessage("Keep the name to 100 characters or fewer.")
            .MustAsync(async (form, name, ct) =>
            {
                // Compared here, by .NET's case rules, so every database agrees (SQL Server's lower() follows its collation).
                var others = await db.Categories.Where(c => c.Id != (form.Id ?? 0)).Select(c => c.Name).ToListAsync(ct);
                return !others.Any(other => string.Equals(other.Trim(), name!.Trim(), StringComparison.OrdinalIgnoreCase));
            })
            .WithMessage(NameTaken);
        // Not NotEmpty(): that would be required in the browser too, and an empty slug is made from the name (CategoryForm.WriteSlug).
        RuleFor(x => x.Slug).Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage("Enter the category's web address name (slug).")
            .Must(s => Domain.Catalog.Slug.IsValid(s)).WithMessage("Use lowercase letters, digits and single hyphens, such as home-office.")
            .MustAsync(async (form, slug, ct) => !await db.Categories.AnyAsync(c => c.Slug == slug && c.Id != (form.Id ?? 0), ct))
            .WithMessage("Another category already uses this slug.");
        RuleFor(x => x.Description).MaximumLength(2000).WithMessage("Keep the description to 2000 characters or fewer.");
    }
}
