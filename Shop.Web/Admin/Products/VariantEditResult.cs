namespace Shop.Web.Admin.Products;

public enum VariantEditOutcome
{
    Saved,
    NotFound,
    ChangedBySomeoneElse,
    /// <summary>Refused with <see cref="VariantEditResult.Message"/>; nothing was saved.</summary>
    Refused,
    /// <summary>New options would remove variants that hold stock: staff must say yes first.</summary>
    ConfirmRemoval,
}

/// <summary>What became of a change to a product's options or variants.</summary>
public sealed record VariantEditResult(VariantEditOutcome Outcome, string? Message = null, IReadOnlyList<VariantAtRisk>? AtRisk = null)
{
    public static readonly VariantEditResult Saved = new(VariantEditOutcome.Saved);
    public static readonly VariantEditResult NotFound = new(VariantEditOutcome.NotFound);
    public static readonly VariantEditResult ChangedBySomeoneElse = new(VariantEditOutcome.ChangedBySomeoneElse);

    public static VariantEditResult Refused(string message) => new(VariantEditOutcome.Refused, message);
}

/// <summary>A variant that new options would remove, with the stock that would be written off.</summary>
public sealed record VariantAtRisk(int Id, string Title, string Sku, int OnHand);
