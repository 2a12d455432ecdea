using Shop.Domain.Cart;
using Shop.Domain.Checkout;
using Shop.Domain.Markets;

namespace Shop.Domain.Ordering;

/// <summary>
/// A shopper's order and its life. Allowed moves:
/// <code>
/// Pending ─MarkPaid→ Paid ─Ship→ Shipped ─MarkDelivered→ Delivered
/// Pending ─MarkPaymentFailed / Cancel→ Cancelled
/// Paid ─Cancel→ Cancelled (the whole amount is refunded)
/// Paid / PartiallyRefunded ─Refund(part)→ PartiallyRefunded;  any refund reaching the total → Refunded
/// PartiallyRefunded ─Ship→ Shipped   (a partial refund, e.g. a price adjustment, does not stop the rest shipping)
/// Shipped / Delivered ─Refund(part)→ stay Shipped / Delivered, the refund is in the timeline and RefundedAmount
/// </code>
/// Anything else throws <see cref="IllegalOrderTransition"/>. The order changes only its own record: the caller
/// moves the money at the gateway first (charge, refund, void) and then tells the order what happened. Its payment is
/// in <c>Order.Payment.cs</c>, its money going back in <c>Order.Refunds.cs</c>.
/// </summary>
public partial class Order
{
    private readonly List<OrderLine> _lines = [];
    private readonly List<OrderStatusChange> _history = [];
    private readonly List<OrderTaxLine> _taxLines = [];
    private readonly List<OrderRefund> _refunds = [];

    public int Id { get; private set; }
    public string Number { get; private set; } = "";
    /// <summary>One per checkout attempt: a resubmitted checkout form finds this order instead of making another.</summary>
    public Guid IdempotencyKey { get; private set; }
    public string? UserId { get; private set; }
    public string Email { get; private set; } = "";
    public Address ShippingAddress { get; private set; } = null!;
    /// <summary>Where the card's bills go, when not to <see cref="ShippingAddress"/> (null: the same).</summary>
    public Address? BillingAddress { get; private set; }
    /// <summary>The address to bill: the billing address, or the delivery address when they are the same.</summary>
    public Address BillTo => BillingAddress ?? ShippingAddress;
    public ShippingMethod ShippingMethod { get; private set; }
    /// <summary>The shipping's name as checkout offered it ("DHL Paket"); null for orders before it was kept and for digital goods.</summary>
    public string? ShippingName { get; private set; }
    public string Currency { get; private set; } = "";
    /// <summary>
    /// The cart the order was bought from, while it still holds the order's lines: null once Pay empties it. A payment
    /// settled later (the shop stopped mid-charge) takes the lines out of it then (<see cref="CartEmptied"/>).
    /// </summary>
    public int? CartId { get; private set; }
    public Money Subtotal { get; private set; }
    public string? DiscountCode { get; private set; }
    public Money Discount { get; private set; }
    public Money ShippingCost { get; private set; }
    public Money Tax { get; private set; }
    public bool TaxIncluded { get; private set; }
    /// <summary>A business buyer's EU VAT number, as typed (normalised); null for consumers.</summary>
    public string? VatNumber { get; private set; }
    /// <summary>No VAT charged: the business buyer accounts for it in its own country.</summary>
    public bool ReverseCharge { get; private set; }
    public Money Total { get; private set; }
    /// <summary>The VAT within tax-inclusive prices that reverse charge takes off (goods − discount + shipping − it = total).</summary>
    public Money VatTakenOff => VatTakenOffOf(TaxIncluded, ReverseCharge, Subtotal, Discount, ShippingCost, Total);

    /// <summary><see cref="VatTakenOff"/> from an order's columns, for reports that read no whole orders.</summary>
    public static Money VatTakenOffOf(bool taxIncluded, bool reverseCharge, Money subtotal, Money discount, Money shipping, Money total) =>
        OrderTotals.TakenOff(taxIncluded, reverseCharge, subtotal - discount + shipping, total);

    /// <summary>The storefront language the shopper ordered in ("de"); its mails speak it. Null: the shop's default.</summary>
    public string? Language { get; private set; }
    public Money RefundedAmount { get; private set; }
    public OrderStatus Status { get; private set; }
    public string? PaymentTransactionId { get; private set; }
    public string? TrackingNumber { get; private set; }
    /// <summary>The invoice's number, given once when the order is first invoiced and never changed or reused; null before.</summary>
    public int? InvoiceNumber { get; private set; }
    /// <summary>When the invoice was issued (its number given); null before, and for invoices issued before the shop kept it.</summary>
    public DateTimeOffset? InvoicedAt { get; private set; }
    /// <summary>The invoice's date (of issue): when its number was given; an invoice from before the shop kept that keeps the order's day it was printed with.</summary>
    public DateTimeOffset? InvoiceDate => InvoiceNumber is null ? null : InvoicedAt ?? PlacedAt;
    /// <summary>What 3-D Secure said before the charge; null for orders placed before the shop asked.</summary>
    public ThreeDSecureOutcome? ThreeDSecure { get; private set; }
    /// <summary>Card or PayPal, as the gateway said before the charge; null for orders placed before the shop recorded it.</summary>
    public PaymentMethod? PaymentMethod { get; private set; }
    /// <summary>The PayPal account's email for a PayPal payment (shown to staff); null otherwise.</summary>
    public string? PayerEmail { get; private set; }

    /// <summary>Who carries the parcel (one of the shop's carriers), or null when staff did not say.</summary>
    public string? Carrier { get; private set; }
    public DateTimeOffset PlacedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>
    /// When a refund or reversal was sent to the payment gateway whose answer is not recorded yet; null otherwise.
    /// See <see cref="StartPaymentChange"/>.
    /// </summary>
    public DateTimeOffset? PaymentChangeStartedAt { get; private set; }
    public IReadOnlyList<OrderLine> Lines => _lines;
    /// <summary>The tax per rate, highest rate first; empty for orders before markets and untaxed orders.</summary>
    public IReadOnlyList<OrderTaxLine> TaxLines => _taxLines;
    /// <summary>The timeline, oldest first.</summary>
    public IReadOnlyList<OrderStatusChange> History => _history;
    /// <summary>
    /// Each refund, oldest first (orders refunded before the shop kept them have none: their refunds are only in
    /// <see cref="RefundedAmount"/>).
    /// </summary>
    public IReadOnlyList<OrderRefund> Refunds => _refunds;

    public const int LanguageMax = 10;

    private Order() { }

    /// <summary>
    /// Places an order from a cart priced from the catalog just now. Totals are computed here, never taken from
    /// the caller. A cart that pricing changed (<see cref="PricedCart.NeedsReview"/>) is refused so the shopper
    /// sees the change before paying; so is a discount code that does not apply.
    /// </summary>
    public static Order Place(string number, Guid idempotencyKey, string email, string? userId, PricedCart cart,
        Address shipTo, ShippingMethod shippingMethod, ShippingRates rates, TaxRule tax, DiscountCode? discountCode,
        DateTimeOffset now) =>
        Place(number, idempotencyKey, email, userId, cart, new Destination(shipTo), shippingMethod, Market.Single(rates, tax), discountCode, now);

    /// <summary>
    /// Places an order taxed and shipped by the market's rules for its destination, whose billing address (if another)
    /// the order keeps and its digital goods pay the rate of.
    /// </summary>
    public static Order Place(string number, Guid idempotencyKey, string email, string? userId, PricedCart cart,
        Destination to, ShippingMethod shippingMethod, Market market, DiscountCode? discountCode, DateTimeOffset now,
        string? language = null, int? cartId = null)
    {
        ArgumentNullException.ThrowIfNull(to);
        var shipTo = to.ShipTo;
        ArgumentNullException.ThrowIfNull(cart);
        ArgumentNullException.ThrowIfNull(shipTo);
        if (!OrderNumber.IsValid(number)) throw new DomainException($"'{number}' is not an order number.");
        if (idempotencyKey == Guid.Empty) throw new DomainException("An order needs an idempotency key.");
        if (cart.IsEmpty) throw new DomainException("The cart has nothing that can be bought.");
        if (cart.NeedsReview) throw new DomainException("The cart changed since it was shown: review it before paying.");

        var (totals, outcome) = OrderTotals.Quote(cart, shippingMethod, market, to, discountCode, now);
        if (outcome is { Applies: false }) throw new DiscountRefused(outcome);

        var order = new Order
        {
            Number = number,
            IdempotencyKey = idempotencyKey,
            UserId = string.IsNullOrWhiteSpace(userId) ? null : userId.Trim(),
            Email = EmailAddress(email),
            ShippingAddress = shipTo,
            BillingAddress = to.BillTo == shipTo ? null : to.BillTo,
            ShippingMethod = shippingMethod,
            ShippingName = string.IsNullOrWhiteSpace(totals.ShippingName) ? null : Guard.Text(totals.ShippingName, "Shipping name", ZoneMethod.NameMax),
            Currency = cart.Currency,
            Subtotal = totals.Subtotal,
            DiscountCode = outcome is null || outcome.TakesNothing ? null : discountCode!.Code,
            Discount = totals.Discount,
            ShippingCost = totals.Shipping,
            Tax = totals.Tax,
            TaxIncluded = totals.TaxIncluded,
            VatNumber = string.IsNullOrWhiteSpace(to.VatNumber) ? null : Guard.Text(Markets.VatNumber.Normalize(to.VatNumber), "VAT number", 20),
            ReverseCharge = totals.Taxes?.ReverseCharge == true,
            Total = totals.Total,
            Language = string.IsNullOrWhiteSpace(language) ? null : Guard.Text(language, "language", LanguageMax),
            CartId = cartId,
            RefundedAmount = Money.Zero(cart.Currency),
            TaxRefundedAmount = 0m,
            Status = OrderStatus.Pending,
            PlacedAt = now,
            UpdatedAt = now,
        };
        var (paid, taxes) = (totals.Taxes?.LinesPaid ?? [], totals.Taxes?.LinesTax ?? []);
        foreach (var (line, i) in cart.PurchasableLines.Select((l, i) => (l, i)))
            order._lines.Add(new OrderLine(line.ProductId, line.VariantId, line.Name, line.VariantTitle, line.Sku, line.UnitPrice, line.Quantity, line.IsDigital,
                i < paid.Count ? paid[i] : null, i < taxes.Count ? taxes[i] : null));
        foreach (var rate in totals.Taxes?.Rates ?? [])
            order._taxLines.Add(new OrderTaxLine(rate));
        order._history.Add(new OrderStatusChange(OrderStatus.Pending, now, OrderNotes.Placed));
        return order;
    }

    /// <summary>The cart no longer holds the order's lines (Pay emptied it, or a settled payment took them out).</summary>
    public void CartEmptied() => CartId = null;

    private static readonly Func<Order, bool> ToFulfil = OrderLists.IsToFulfil.Compile();

    public bool CanBeShipped => ToFulfil(this);

    /// <summary>Only digital goods: no parcel and no delivery date; staff still mark it sent once the goods are delivered.</summary>
    public bool ShipsNothing => _lines.Count > 0 && _lines.TrueForAll(l => l.IsDigital);

    /// <summary>The lines that go in the parcel (the packing slip's).</summary>
    public IEnumerable<OrderLine> ShippedLines => _lines.Where(l => !l.IsDigital);
    public bool CanBeCancelled => Status is OrderStatus.Pending or OrderStatus.Paid or OrderStatus.PartiallyRefunded;

    /// <summary>Why the order cannot be cancelled now (its status, or the shopper's charge still running); null when it can.</summary>
    public string? CancelRefusal(DateTimeOffset now) =>
        !CanBeCancelled ? new IllegalOrderTransition(Number, Status, "cancelled").Message
        : IsBeingCharged(now) ? $"The shopper's payment for order {Number} is with the payment gateway right now. Open the order again in a few minutes to see how it ended."
        : null;

    /// <summary>
    /// Why the shop cancelled the order, as staff gave it (<see cref="Cancel"/>); null when it is not cancelled or was
    /// cancelled because its payment failed. Reads <see cref="History"/>, which must be loaded.
    /// </summary>
    public string? CancelledByShopBecause => Status != OrderStatus.Cancelled ? null
        : _history.Where(h => h.Status == OrderStatus.Cancelled && !h.IsInternal).Select(h => OrderNotes.CancellationReason(h.Note)).FirstOrDefault(r => r is not null);

    /// <summary>A guest's order becomes their new account's (the account has the order's email); an account's order stays its own.</summary>
    public void AttachTo(string userId, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(userId)) throw new DomainException("An order is attached to an account by its id.");
        if (UserId is not null) throw new DomainException($"Order {Number} already belongs to an account.");
        UserId = userId;
        UpdatedAt = now;
    }

    /// <summary>
    /// The sale happened, so the order can have an invoice: money was taken at some point (whatever happened since), or
    /// an order free of charge was placed and not cancelled. An order keeps an invoice it was given.
    /// </summary>
    public bool CanBeInvoiced => PaymentTransactionId is not null || InvoiceNumber is not null ||
        (IsFreeOfCharge && Status is not (OrderStatus.Pending or OrderStatus.Cancelled));

    /// <summary>
    /// Gives the order its invoice number (the next in the shop's sequence, which the caller reads and the database's
    /// unique index guards). An order keeps its first number for good; an order never paid gets none.
    /// </summary>
    public void IssueInvoice(int number, DateTimeOffset now)
    {
        if (InvoiceNumber is not null) throw new DomainException($"Order {Number} already has invoice {InvoiceNumber}.");
        if (!CanBeInvoiced) throw new DomainException($"Order {Number} was never paid, so it has no invoice.");
        if (number < 1) throw new DomainException("An invoice number is above zero.");
        InvoiceNumber = number;
        InvoicedAt = now;
        UpdatedAt = now;
    }

    /// <summary>
    /// Adds a line only staff see, without changing the status: what the payment gateway reported or did (settlement,
    /// dispute, a refund's id, an answer that never came), what staff should check, the steps of a return. The
    /// shopper's timeline shows the order's own steps (<see cref="OrderNotes"/>) and what staff wrote for them.
    /// </summary>
    public void AddInternalNote(string note, DateTimeOffset now)
    {
        _history.Add(new OrderStatusChange(Status, now, Trim(note), isInternal: true));
        UpdatedAt = now;
    }

    /// <summary>Whether staff may still correct where the order goes: something to ship, not shipped, not ended.</summary>
    public bool CanChangeDeliveryAddress => CanBeCancelled && !ShipsNothing;

    public const string DeliveryStaysInItsRegion =
        "Tax and shipping were charged for the country and region the order goes to, so they stay. To send it elsewhere, cancel it and let the shopper order again.";

    /// <summary>
    /// Staff correct the delivery address (a typo, a flat number) before the parcel goes. Its country and region stay
    /// (tax and shipping were charged for them); an issued invoice keeps billing the address it was issued to. The old
    /// address is kept in the timeline, for staff.
    /// </summary>
    public void ChangeDeliveryAddress(Address to, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(to);
        if (!CanChangeDeliveryAddress)
            throw ShipsNothing ? new DomainException($"Order {Number} ships nothing.") : new IllegalOrderTransition(Number, Status, "sent elsewhere");
        if (to.CountryCode != ShippingAddress.CountryCode || !string.Equals(to.Region, ShippingAddress.Region, StringComparison.OrdinalIgnoreCase))
            throw new DomainException(DeliveryStaysInItsRegion);
        if (to == ShippingAddress) return;
        var was = ShippingAddress;
        if (InvoiceNumber is not null && BillingAddress is null) BillingAddress = was;
        ShippingAddress = to;
        AddInternalNote(OrderNotes.Write(OrderNotes.DeliveryAddressChanged, string.Join(", ", was.Lines)), now);
    }

    public const int StaffNoteLength = 300;

    /// <summary>
    /// A note staff write on the order: internal (only staff see it) or for the shopper, who sees it in the
    /// timeline. The status does not change.
    /// </summary>
    public void AddStaffNote(string note, bool forShopper, DateTimeOffset now)
    {
        var text = Guard.Text(note, nameof(note), StaffNoteLength);
        _history.Add(new OrderStatusChange(Status, now, text, isInternal: !forShopper));
        UpdatedAt = now;
    }

    public void Ship(string trackingNumber, DateTimeOffset now, string? carrier = null)
    {
        if (!CanBeShipped) throw new IllegalOrderTransition(Number, Status, "shipped");
        if (PaymentChangeStartedAt is { } started && now - started < PaymentChangeTimeout) throw new DomainException(PaymentChangeInProgress);
        TrackingNumber = Ordering.TrackingNumber.Checked(trackingNumber);
        Carrier = string.IsNullOrWhiteSpace(carrier) ? null : Guard.Text(carrier, nameof(carrier), 50);
        Move(OrderStatus.Shipped, now, Carrier is null
            ? OrderNotes.Write(OrderNotes.Shipped, TrackingNumber!)
            : OrderNotes.Write(OrderNotes.ShippedWith, Carrier, TrackingNumber!));
    }

    public void MarkDelivered(DateTimeOffset now)
    {
        Require("marked delivered", [OrderStatus.Shipped]);
        Move(OrderStatus.Delivered, now, OrderNotes.Delivered);
    }

    /// <summary>
    /// Cancels an order that has not shipped. A paid order's remaining money counts as refunded: the caller voids or
    /// refunds the transaction at the gateway before calling this. Returns what goes back now (earlier refunds apart).
    /// </summary>
    public Money Cancel(string reason, DateTimeOffset now)
    {
        Require("cancelled", [OrderStatus.Pending, OrderStatus.Paid, OrderStatus.PartiallyRefunded]);
        if (IsBeingCharged(now)) throw new DomainException(CancelRefusal(now)!);
        var note = OrderNotes.Write(OrderNotes.Cancelled, Trim(reason));
        var goingBack = Status == OrderStatus.Pending ? Money.Zero(Currency) : RefundableAmount;
        if (!goingBack.IsZero)
        {
            note = OrderNotes.Write(OrderNotes.CancelledAndRefunded, Trim(reason), goingBack);
            Record(new MoneyBack(goingBack, TaxLeft), RefundKind.Cancellation, reason, now);
            RefundedAmount = Total;
            TaxRefundedAmount = Tax.Amount;
        }
        PaymentChangeStartedAt = null;
        Move(OrderStatus.Cancelled, now, note);
        return goingBack;
    }

    private void Require(string action, OrderStatus[] allowed)
    {
        if (!allowed.Contains(Status)) throw new IllegalOrderTransition(Number, Status, action);
    }

    private void Move(OrderStatus to, DateTimeOffset now, string note)
    {
        Status = to;
        UpdatedAt = now;
        _history.Add(new OrderStatusChange(to, now, note));
    }

    private static string Trim(string? reason)
    {
        var text = (reason ?? "").Trim();
        return text.Length <= 300 ? text : text[..300];
    }

    private static string EmailAddress(string? email)
    {
        var e = Guard.Text(email, "Email", 254);
        var at = e.IndexOf('@');
        // Structure only (the web layer checks with the mail library): one @ inside, and nothing that ends an address
        // or starts another (spaces, line breaks, control characters, angle brackets, commas, semicolons).
        if (at < 1 || at != e.LastIndexOf('@') || at == e.Length - 1 || e.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or ',' or ';'))
            throw new DomainException($"'{e}' is not an email address.");
        return e;
    }
}
