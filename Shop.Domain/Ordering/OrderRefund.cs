namespace Shop.Domain.Ordering;

/// <summary>Why money went back: a refund staff chose, the refund of a return, or the cancellation of a paid order.</summary>
public enum RefundKind { Refund, Return, Cancellation }

/// <summary>
/// One refund of an order, as it happened: when, how much, the tax within it, why. A refund of an order whose invoice
/// was already issued corrects that invoice (<see cref="CorrectsInvoice"/>) and gets a credit note of its own, numbered
/// in its own series the first time it is printed; a refund before the invoice needs none (the invoice states it).
/// Added only by the order's own refund and cancellation steps.
/// </summary>
public class OrderRefund
{
    public const int ReasonMax = 300;

    public int Id { get; private set; }
    public DateTimeOffset RefundedAt { get; private set; }
    public Money Amount { get; private set; }
    public Money Tax { get; private set; }
    public RefundKind Kind { get; private set; }
    /// <summary>What staff gave (a cancellation's reason, "Return 12"); null when they gave none.</summary>
    public string? Reason { get; private set; }
    /// <summary>The order's invoice was issued before this refund: the refund needs a credit note.</summary>
    public bool CorrectsInvoice { get; private set; }
    /// <summary>The credit note's number in the shop's credit note series, given once when first printed; null before.</summary>
    public int? CreditNoteNumber { get; private set; }
    /// <summary>The credit note's date (of issue): when its number was given.</summary>
    public DateTimeOffset? CreditNoteDate { get; private set; }

    private OrderRefund() { }

    internal OrderRefund(MoneyBack back, RefundKind kind, string? reason, bool correctsInvoice, DateTimeOffset now)
    {
        Amount = back.Amount;
        Tax = back.Tax;
        Kind = kind;
        var text = reason?.Trim();
        Reason = string.IsNullOrEmpty(text) ? null : text.Length <= ReasonMax ? text : text[..ReasonMax];
        CorrectsInvoice = correctsInvoice;
        RefundedAt = now;
    }

    internal void IssueCreditNote(int number, DateTimeOffset now)
    {
        if (!CorrectsInvoice) throw new DomainException("A refund made before the invoice was issued is stated on the invoice: it has no credit note.");
        if (CreditNoteNumber is not null) throw new DomainException($"The refund already has credit note {CreditNoteNumber}.");
        if (number < 1) throw new DomainException("A credit note number is above zero.");
        CreditNoteNumber = number;
        CreditNoteDate = now;
    }
}
