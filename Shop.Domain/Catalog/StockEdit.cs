namespace Shop.Domain.Catalog;

/// <summary>
/// A stock figure staff typed over the one they were shown (the variant grid, a catalog file's StockAtExport): what
/// moves is the difference, so units sold in between stay sold.
/// </summary>
public readonly record struct StockEdit(int Shown, int Typed)
{
    public int Delta => Typed - Shown;

    /// <summary>The stock after the edit, starting from what is on hand now; refused below zero or above the most.</summary>
    public int From(int onHand)
    {
        var after = (long)onHand + Delta;
        if (after < 0)
            throw new DomainException($"Stock: {Typed} instead of {Shown} takes {-Delta} off, but only {onHand} are in stock now: the stock changed since.");
        if (after > ProductVariant.MaxStock)
            throw new DomainException($"Stock: {Typed} instead of {Shown} adds {Delta} to the {onHand} in stock now, more than 1,000,000.");
        return (int)after;
    }
}
