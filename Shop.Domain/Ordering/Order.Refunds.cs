namespace Shop.Domain.Ordering;

/// <summary>
/// An order's money going back: what is left to refund and the tax within it, each refund kept as a record
/// (<see cref="OrderRefund"/>), the credit notes of those made after the invoice was issued, and what the invoice
/// itself states. Cancelling a paid order (<see cref="Cancel"/>) refunds through the same record.
/// </summary>
public partial class Order
{
    /// <summary>What can still be refunded.</summary>
    public Money RefundableAmount => Total - RefundedAmount;

    /// <summary>The tax within everything refunded so far (orders from before it was kept: their share of the tax).</summary>
    public Money TaxRefunded => TaxRefundedOf(TaxRefundedAmount, Tax, RefundedAmount, Total);

    /// <summary><see cref="TaxRefunded"/> from an order's columns (the tax refunded as kept, or null), for reports that read no whole orders.</summary>
    public static Money TaxRefundedOf(decimal? kept, Money tax, Money refunded, Money total) =>
        kept is { } amount ? new Money(amount, total.Currency)
        : total.IsZero ? Money.Zero(total.Currency) : new Money(tax.Amount * refunded.Amount / total.Amount, total.Currency);
    private decimal? TaxRefundedAmount { get; set; }

    /// <summary>The tax within <see cref="RefundableAmount"/>.</summary>
    public Money TaxLeft => Tax - TaxRefunded;

    public bool CanBeRefunded => RefundableIn.Contains(Status) && RefundableAmount.Amount > 0m;
    private static readonly OrderStatus[] RefundableIn = [OrderStatus.Paid, OrderStatus.PartiallyRefunded, OrderStatus.Shipped, OrderStatus.Delivered];

    /// <summary>
    /// Records money given back (already refunded at the gateway) and the tax within it (<see cref="MoneyBack"/>).
    /// Refunds accumulate; the one that reaches the total makes the order Refunded. More than what is left to refund
    /// is refused.
    /// </summary>
    public void Refund(MoneyBack back, DateTimeOffset now, RefundKind kind = RefundKind.Refund, string? reason = null)
    {
        Require("refunded", RefundableIn);
        if (RefundRefusal(back.Amount) is { } refused) throw new DomainException(refused);
        if (back.Tax.Currency != Currency || back.Tax.Amount < 0m || back.Tax > TaxLeft || back.Tax > back.Amount)
            throw new DomainException($"A refund's tax is at most what it refunds and the {TaxLeft} of tax left, not {back.Tax}.");

        if (kind == RefundKind.Cancellation) throw new DomainException("A cancellation refunds through Cancel.");
        Record(back, kind, reason, now);
        TaxRefundedAmount = (TaxRefunded + back.Tax).Amount;
        RefundedAmount += back.Amount;
        PaymentChangeStartedAt = null;
        var note = OrderNotes.Write(OrderNotes.Refunded, back.Amount, RefundedAmount);
        if (RefundedAmount == Total) Move(OrderStatus.Refunded, now, note);
        else if (Status is OrderStatus.Paid or OrderStatus.PartiallyRefunded) Move(OrderStatus.PartiallyRefunded, now, note);
        else Move(Status, now, note);
    }

    /// <summary>Records an amount staff chose to refund, with its share of the tax left (<see cref="MoneyBack.ShareOf"/>).</summary>
    public MoneyBack Refund(Money amount, DateTimeOffset now, string? reason = null)
    {
        Require("refunded", RefundableIn);
        var back = MoneyBack.ShareOf(this, amount);
        Refund(back, now, RefundKind.Refund, reason);
        return back;
    }

    /// <summary>Keeps the refund as a record; one made after the invoice was issued corrects it with a credit note.</summary>
    private void Record(MoneyBack back, RefundKind kind, string? reason, DateTimeOffset now) =>
        _refunds.Add(new OrderRefund(back, kind, reason, correctsInvoice: InvoiceNumber is not null, now));

    /// <summary>
    /// Gives one of the order's refunds its credit note number (the next in the shop's credit note series, which the caller
    /// reads and the database's unique index guards). A refund keeps its first number for good.
    /// </summary>
    public void IssueCreditNote(OrderRefund refund, int number, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(refund);
        if (!_refunds.Contains(refund)) throw new DomainException($"That refund is not one of order {Number}'s.");
        refund.IssueCreditNote(number, now);
        UpdatedAt = now; // the order's row changes too, so its row version guards two staff issuing at once
    }

    /// <summary>
    /// What the invoice states as refunded: every refund not corrected by a credit note (those before the invoice was
    /// issued, and those of orders refunded before the shop kept refunds).
    /// </summary>
    public Money RefundedOnInvoice => _refunds.Where(r => r.CorrectsInvoice).Aggregate(RefundedAmount, (left, r) => left - r.Amount);

    /// <summary>The tax within <see cref="RefundedOnInvoice"/>.</summary>
    public Money TaxRefundedOnInvoice => _refunds.Where(r => r.CorrectsInvoice).Aggregate(TaxRefunded, (left, r) => left - r.Tax);

    /// <summary>Why this amount cannot be refunded from this order (whatever its status); null when it can.</summary>
    public string? RefundRefusal(Money amount)
    {
        if (amount.Currency != Currency) return $"Order {Number} is in {Currency}, not {amount.Currency}.";
        if (amount.Amount <= 0m) return "A refund is above zero.";
        if (amount > RefundableAmount) return $"Order {Number} has only {RefundableAmount} left to refund, not {amount}.";
        return null;
    }
}
