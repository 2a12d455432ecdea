namespace Shop.Domain.Ordering;

/// <summary>
/// A shopper's request to send back items of a delivered order, and its life (<see cref="ReturnStatus"/>). The rules
/// live here: within the return window after delivery, never more of a line than was bought minus what earlier
/// returns (not refused) already took back, a reason per line, and the refund those items are worth.
/// </summary>
public class ReturnRequest
{
    public const int RefusalLength = 300;
    private readonly List<ReturnLine> _lines = [];

    public int Id { get; private set; }
    public int OrderId { get; private set; }
    public string OrderNumber { get; private set; } = "";
    public ReturnStatus Status { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public string? RefusalReason { get; private set; }
    /// <summary>What the refund gave back (zero until refunded).</summary>
    public Money RefundedAmount { get; private set; }
    public bool ShippingRefunded { get; private set; }
    /// <summary>Counts every change: saved as a concurrency token, so of two staff acting at once only one does.</summary>
    public int Version { get; private set; }
    public IReadOnlyList<ReturnLine> Lines => _lines;

    private ReturnRequest() { }

    /// <summary>Staff still have something to do: decide, receive the parcel, or refund.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<ReturnRequest, bool>> IsToHandle =
        r => r.Status == ReturnStatus.Requested || r.Status == ReturnStatus.Approved || r.Status == ReturnStatus.Received;

    /// <summary>The shopper asks; <paramref name="earlier"/> are the order's returns so far.</summary>
    public static ReturnRequest Ask(Order order, IEnumerable<(int OrderLineId, int Quantity, string? Reason)> wanted,
        IEnumerable<ReturnRequest> earlier, ReturnWindow window, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (window.Refusal(order, now) is { } closed) throw new DomainException(closed);
        var request = new ReturnRequest
        {
            OrderId = order.Id, OrderNumber = order.Number, Status = ReturnStatus.Requested,
            RequestedAt = now, UpdatedAt = now, RefundedAmount = Money.Zero(order.Currency),
        };
        var returnable = Returnable(order, earlier);
        foreach (var (lineId, quantity, reason) in wanted.Where(w => w.Quantity != 0))
        {
            var line = order.Lines.FirstOrDefault(l => l.Id == lineId) ?? throw new DomainException(ReturnRefusals.NotInOrder);
            if (quantity < 0) throw new DomainException(ReturnRefusals.NotAQuantity);
            if (quantity > returnable.GetValueOrDefault(line.Id))
                throw new DomainException(OrderNotes.Write(ReturnRefusals.TooMany, returnable.GetValueOrDefault(line.Id), line.DisplayName));
            if (string.IsNullOrWhiteSpace(reason)) throw new DomainException(OrderNotes.Write(ReturnRefusals.NoReason, line.DisplayName));
            if (request._lines.Any(l => l.OrderLineId == line.Id)) throw new DomainException(OrderNotes.Write(ReturnRefusals.ListedTwice, line.DisplayName));
            request._lines.Add(new ReturnLine(line, quantity, reason.Trim()));
        }
        if (request._lines.Count == 0) throw new DomainException(ReturnRefusals.NothingChosen);
        return request;
    }

    /// <summary>
    /// The waiting request asked within the last minute for the same lines, quantities and reasons: asking that again is a
    /// double click's later post, the same request, not a second one.
    /// </summary>
    public static ReturnRequest? AskedJustNow(IEnumerable<ReturnRequest> earlier, IEnumerable<(int OrderLineId, int Quantity, string? Reason)> wanted,
        DateTimeOffset now)
    {
        var asked = wanted.Where(w => w.Quantity != 0).Select(w => (w.OrderLineId, w.Quantity, Reason: w.Reason?.Trim() ?? "")).OrderBy(w => w.OrderLineId).ToList();
        return earlier.FirstOrDefault(r => r.Status == ReturnStatus.Requested && now - r.RequestedAt < TimeSpan.FromMinutes(1)
            && r._lines.Select(l => (l.OrderLineId, l.Quantity, l.Reason)).OrderBy(l => l.OrderLineId).SequenceEqual(asked));
    }

    /// <summary>How many of each order line can still be returned: bought minus what returns not refused took.</summary>
    public static Dictionary<int, int> Returnable(Order order, IEnumerable<ReturnRequest> earlier)
    {
        var taken = earlier.Where(r => r.Status != ReturnStatus.Refused).SelectMany(r => r.Lines)
            .GroupBy(l => l.OrderLineId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        return order.Lines.ToDictionary(l => l.Id, l => Math.Max(0, l.Quantity - taken.GetValueOrDefault(l.Id)));
    }

    public void Approve(DateTimeOffset now) => Move("approved", ReturnStatus.Requested, ReturnStatus.Approved, now);

    public void Refuse(string reason, DateTimeOffset now)
    {
        var text = Guard.Text(reason, nameof(reason), RefusalLength);
        Move("refused", ReturnStatus.Requested, ReturnStatus.Refused, now);
        RefusalReason = text;
    }

    /// <summary>The parcel arrived: per line, whether its items go back on the shelf (the caller moves the stock).</summary>
    public void Receive(IReadOnlyDictionary<int, bool> restockByLine, DateTimeOffset now)
    {
        Move("received", ReturnStatus.Approved, ReturnStatus.Received, now);
        foreach (var line in _lines) line.Receive(restockByLine.GetValueOrDefault(line.Id));
    }

    /// <summary>
    /// What the returned items are worth to the shopper: what was paid for them (their line's share of the discount and
    /// their tax as at checkout), plus the shipping paid when staff refund it too and no other of the order's returns
    /// (<paramref name="orderReturns"/>, with their lines) refunded it, never more than the order has left to refund;
    /// and the tax within. A line's share is taken cumulatively over its refunded returns, so the returns that complete
    /// a line refund exactly what was paid for it, however it is split.
    /// </summary>
    public MoneyBack RefundFor(Order order, bool withShipping, IEnumerable<ReturnRequest> orderReturns)
    {
        ArgumentNullException.ThrowIfNull(order);
        var shipping = withShipping && !ShippingRefundedBefore(orderReturns);
        if (order.Lines.Any(l => l.Paid is null)) return ShareOfTheOrder(order, shipping);
        var before = Others(orderReturns).Where(r => r.Status == ReturnStatus.Refunded).SelectMany(r => r.Lines)
            .GroupBy(l => l.OrderLineId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        var lines = order.Lines.ToDictionary(l => l.Id);
        var returned = _lines.Select(r => (Line: lines[r.OrderLineId], Before: before.GetValueOrDefault(r.OrderLineId), r.Quantity)).ToList();
        Money Share(Money whole, OrderLine line, int earlier, int quantity) =>
            whole * ((decimal)(earlier + quantity) / line.Quantity) - whole * ((decimal)earlier / line.Quantity);
        var amount = returned.Aggregate(Money.Zero(order.Currency), (sum, r) => sum + Share(r.Line.Paid!.Value, r.Line, r.Before, r.Quantity));
        if (shipping) amount += order.Lines.Aggregate(order.Total, (left, l) => left - l.Paid!.Value);
        if (amount > order.RefundableAmount) amount = order.RefundableAmount;
        if (amount.IsZero) return new(amount, amount);
        // Orders placed before each line's tax was kept: the amount's share of the tax.
        if (order.Lines.Any(l => l.TaxPaid is null)) return MoneyBack.ShareOf(order, amount);
        var tax = returned.Aggregate(Money.Zero(order.Currency), (sum, r) => sum + Share(r.Line.TaxPaid!.Value, r.Line, r.Before, r.Quantity));
        if (shipping) tax += order.Lines.Aggregate(order.Tax, (left, l) => left - l.TaxPaid!.Value);
        return MoneyBack.Of(order, amount, tax);
    }

    /// <summary>
    /// Orders placed before each line's payment was kept: the items' share of what was paid for goods, as if the discount
    /// and the tax fell on every line alike, and that amount's share of the tax.
    /// </summary>
    private MoneyBack ShareOfTheOrder(Order order, bool withShipping)
    {
        var shippingPaid = ShippingPaid(order);
        var returned = _lines.Aggregate(Money.Zero(order.Currency), (sum, l) => sum + l.Goods);
        var share = order.Subtotal.IsZero ? 0m : returned.Amount / order.Subtotal.Amount;
        var amount = new Money((order.Total - shippingPaid).Amount * share, order.Currency);
        if (withShipping) amount += shippingPaid;
        if (amount > order.RefundableAmount) amount = order.RefundableAmount;
        return amount.IsZero ? new(amount, amount) : MoneyBack.ShareOf(order, amount);
    }

    /// <summary>Another of the order's returns refunded its shipping: it is refunded once.</summary>
    public bool ShippingRefundedBefore(IEnumerable<ReturnRequest> orderReturns) => Others(orderReturns).Any(r => r.ShippingRefunded);

    private IEnumerable<ReturnRequest> Others(IEnumerable<ReturnRequest> orderReturns) => orderReturns.Where(r => r != this && (r.Id != Id || Id == 0));

    /// <summary>
    /// Why the refund cannot be made now; null when it can. A return whose order has nothing left to refund (it came to
    /// nothing, or was refunded in full) is refunded nothing: it closes.
    /// </summary>
    public string? RefundRefusal => Status != ReturnStatus.Received ? $"Return {Id} is {Status}: it is refunded once the items are received." : null;

    /// <summary>
    /// Claims the return for its refund, saved before the gateway is asked (so it is asked once); the gateway
    /// refusing is undone with <see cref="RefundFailed"/>.
    /// </summary>
    public void MarkRefunded(Money amount, bool withShipping, DateTimeOffset now)
    {
        Move("refunded", ReturnStatus.Received, ReturnStatus.Refunded, now);
        RefundedAmount = amount;
        ShippingRefunded = withShipping;
    }

    /// <summary>The gateway gave nothing back: the return waits for its refund again.</summary>
    public void RefundFailed(DateTimeOffset now)
    {
        Move("put back to received", ReturnStatus.Refunded, ReturnStatus.Received, now);
        RefundedAmount = Money.Zero(RefundedAmount.Currency);
        ShippingRefunded = false;
    }

    /// <summary>"2 × Linen Shirt — M / Blue (too small)", for the history and the mails.</summary>
    public string Describe() => string.Join("; ", _lines.Select(l => $"{l.Quantity} × {l.Name} ({l.Reason})"));

    private static Money ShippingPaid(Order order)
    {
        if (order.ShippingCost.IsZero || order.TaxIncluded || order.Tax.IsZero) return order.ShippingCost;
        var taxable = order.Subtotal - order.Discount + order.ShippingCost;
        return new Money(order.ShippingCost.Amount * (1 + order.Tax.Amount / taxable.Amount), order.Currency);
    }

    private void Move(string action, ReturnStatus from, ReturnStatus to, DateTimeOffset now)
    {
        if (Status != from) throw new DomainException($"Return {Id} of order {OrderNumber} is {Status}, so it cannot be {action}.");
        Status = to;
        UpdatedAt = now;
        Version++;
    }
}
