namespace Shop.Domain.Ordering;

/// <summary>
/// An order's payment: the shopper's charge (started, taken, declined, failed, or nothing to pay), how they paid, and
/// the claim that keeps one call at a time with the gateway (<see cref="StartPaymentChange"/>), for the charge and for
/// staff's refunds and cancellations alike. Part of the same aggregate as <c>Order.cs</c>.
/// </summary>
public partial class Order
{
    /// <summary>
    /// Longer than any gateway call can take: a payment change started this long ago was never answered (the shop
    /// stopped mid-call) and no longer blocks another.
    /// </summary>
    public static readonly TimeSpan PaymentChangeTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Whether a payment the gateway reports took exactly this order's total, in its currency.</summary>
    public bool IsPaidBy(Money? taken) => taken == Total;

    /// <summary>
    /// The shopper's charge may still be running at the gateway (<see cref="StartCharge"/>, no answer recorded yet, the
    /// call not over): cancelling now could keep money the gateway is taking.
    /// </summary>
    public bool IsBeingCharged(DateTimeOffset now) =>
        Status == OrderStatus.Pending && PaymentChangeStartedAt is { } started && now - started < PaymentChangeTimeout;

    /// <summary>The checkout is about to ask the gateway for the order's total; recorded with the order's first save.</summary>
    public void StartCharge(DateTimeOffset now)
    {
        Require("charged", [OrderStatus.Pending]);
        if (IsFreeOfCharge) throw new DomainException($"Order {Number} comes to nothing: there is nothing to charge.");
        PaymentChangeStartedAt = now;
    }

    /// <summary>
    /// The gateway took the money. Repeating it with the same transaction (a webhook after the checkout response,
    /// a reconciler after a timeout) changes nothing; a different transaction on a paid order is refused because it
    /// means the shopper was charged twice and someone must refund one of them.
    /// </summary>
    public void MarkPaid(string transactionId, DateTimeOffset now)
    {
        var txn = Guard.Text(transactionId, nameof(transactionId), 100);
        if (Status == OrderStatus.Paid && PaymentTransactionId == txn) return;
        Require("marked paid", [OrderStatus.Pending]);
        PaymentTransactionId = txn;
        PaymentChangeStartedAt = null;
        Move(OrderStatus.Paid, now, OrderNotes.Write(OrderNotes.Paid, txn));
    }

    /// <summary>
    /// An order that comes to nothing (a discount covered it all) is paid the moment it is placed: no card is asked for
    /// and no money moves, so it has no transaction to refund or reverse.
    /// </summary>
    public void MarkPaidWithoutCharge(DateTimeOffset now)
    {
        if (!IsFreeOfCharge) throw new DomainException($"Order {Number} comes to {Total}: it is paid by a charge.");
        Require("marked paid", [OrderStatus.Pending]);
        Move(OrderStatus.Paid, now, OrderNotes.NothingToPay);
    }

    /// <summary>A discount covered it all: no card is asked for, and no money moves for it either way.</summary>
    public bool IsFreeOfCharge => Total.IsZero;

    /// <summary>Records what 3-D Secure said about the card, before the charge (or the refusal).</summary>
    public void RecordThreeDSecure(ThreeDSecureOutcome outcome, DateTimeOffset now)
    {
        Require("checked with 3-D Secure", [OrderStatus.Pending]);
        ThreeDSecure = outcome;
        UpdatedAt = now;
    }

    /// <summary>Records how the shopper pays (and for PayPal, the payer's email), before the charge.</summary>
    public void RecordPaymentMethod(PaymentMethod method, string? payerEmail, DateTimeOffset now)
    {
        Require("given a payment method", [OrderStatus.Pending]);
        PaymentMethod = method;
        PayerEmail = method == Ordering.PaymentMethod.PayPal && !string.IsNullOrWhiteSpace(payerEmail)
            ? Guard.Text(payerEmail.Trim(), nameof(payerEmail), 254)
            : null;
        UpdatedAt = now;
    }

    /// <summary>A card was declined but the shopper may try another: the order stays pending, the timeline says why.</summary>
    public void NotePaymentDeclined(string reason, DateTimeOffset now)
    {
        Require("declined", [OrderStatus.Pending]);
        _history.Add(new OrderStatusChange(OrderStatus.Pending, now, OrderNotes.Write(OrderNotes.Declined, Trim(reason))));
        UpdatedAt = now;
    }

    /// <summary>Payment failed for good (or the checkout was abandoned): the order is cancelled.</summary>
    public void MarkPaymentFailed(string reason, DateTimeOffset now)
    {
        Require("marked as payment failed", [OrderStatus.Pending]);
        PaymentChangeStartedAt = null;
        Move(OrderStatus.Cancelled, now, OrderNotes.Write(OrderNotes.PaymentFailed, Trim(reason)));
    }

    /// <summary>
    /// Claims the order for one refund or reversal at the gateway. The caller saves the claim before calling the
    /// gateway (the order's concurrency token makes that save fail for the second of two staff acting at the same
    /// instant) and records the outcome with <see cref="Refund"/>, <see cref="Cancel"/> or <see cref="EndPaymentChange"/>.
    /// Until then another refund, cancellation or shipment is refused, so money never moves twice.
    /// </summary>
    public void StartPaymentChange(DateTimeOffset now)
    {
        if (PaymentChangeStartedAt is { } started)
        {
            if (now - started < PaymentChangeTimeout) throw new DomainException(PaymentChangeInProgress);
            AddInternalNote($"A refund or cancellation sent to the payment gateway at {started:yyyy-MM-dd HH:mm} UTC was never recorded: check the payment at the gateway.", now);
        }
        PaymentChangeStartedAt = now;
        UpdatedAt = now;
    }

    /// <summary>
    /// The gateway's call is over without an outcome to record (a refund refused, or a charge whose answer was lost and
    /// is left to the reconciler): the order is free for the next action.
    /// </summary>
    public void EndPaymentChange(DateTimeOffset now)
    {
        PaymentChangeStartedAt = null;
        UpdatedAt = now;
    }

    private string PaymentChangeInProgress =>
        $"A refund or cancellation of order {Number} is with the payment gateway right now. Open the order again in a moment to see how it ended.";
}
