namespace Shop.Web.Admin.Categories;

public enum CategoryRemoval
{
    Deleted,
    NotEmpty,
    /// <summary>Discount codes name it: deleting it would widen them to the whole cart once saved again.</summary>
    NamedByDiscounts,
    NotFound,
}

/// <summary>What became of a deletion; <see cref="Products"/> (on the shelf), <see cref="Archived"/> or <see cref="Codes"/> say why it was refused.</summary>
public sealed record CategoryRemovalResult(CategoryRemoval Outcome, int Products = 0, IReadOnlyList<string>? Codes = null, int Archived = 0);
