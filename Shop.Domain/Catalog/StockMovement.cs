namespace Shop.Domain.Catalog;

/// <summary>
/// One line of a variant's stock history: who moved how many units, why, and what was left on the shelf.
/// Received adds units, Damaged removes them, a Correction goes either way; nothing may take stock below zero or above
/// <see cref="ProductVariant.MaxStock"/>.
/// </summary>
public class StockMovement
{
    public const int MaxNoteLength = 500;

    public int Id { get; private set; }
    public int ProductId { get; private set; }
    public int VariantId { get; private set; }
    public int Delta { get; private set; }
    public StockMovementReason Reason { get; private set; }
    public string Note { get; private set; } = "";
    /// <summary>Stock on hand right after this movement.</summary>
    public int OnHandAfter { get; private set; }
    public string UserId { get; private set; } = "";
    public string UserEmail { get; private set; } = "";
    public DateTimeOffset At { get; private set; }

    private StockMovement() { }

    public StockMovement(int productId, int variantId, int onHandBefore, int delta, StockMovementReason reason, string? note,
        string userId, string userEmail, DateTimeOffset at)
    {
        Check(onHandBefore, delta, reason);
        ProductId = productId;
        VariantId = variantId;
        Delta = delta;
        Reason = reason;
        Note = Guard.Text(note, nameof(note), MaxNoteLength, allowEmpty: true);
        OnHandAfter = onHandBefore + delta;
        UserId = Guard.Text(userId, nameof(userId), 450);
        UserEmail = Guard.Text(userEmail, nameof(userEmail), 256, allowEmpty: true);
        At = at;
    }

    /// <summary>The stock rules for a hand adjustment; throws <see cref="DomainException"/> when one is broken.</summary>
    public static void Check(int onHandBefore, int delta, StockMovementReason reason)
    {
        if (!Enum.IsDefined(reason)) throw new DomainException("Choose why the stock changes.");
        if (delta == 0) throw new DomainException("A stock adjustment must change the stock.");
        if (reason == StockMovementReason.Received && delta < 0) throw new DomainException("Received stock adds units; use Damaged or Correction to remove them.");
        if (reason == StockMovementReason.Returned && delta < 0) throw new DomainException("Returned stock adds units.");
        if (reason == StockMovementReason.Damaged && delta > 0) throw new DomainException("Damaged stock removes units; use Received or Correction to add them.");
        if (onHandBefore + delta < 0)
            throw new DomainException($"Stock cannot go below zero: {onHandBefore} on hand, so at most {onHandBefore} can be removed.");
        if ((long)onHandBefore + delta > ProductVariant.MaxStock)
            throw new DomainException($"Stock can be at most 1,000,000: {onHandBefore} on hand, so at most {Math.Max(0, ProductVariant.MaxStock - onHandBefore)} can be added.");
    }
}
