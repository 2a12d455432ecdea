namespace Shop.Tests.Domain;

public class OrderLifecycleTests
{
    private static readonly DateTimeOffset Now = OrderTests.Now;

    private static Money Usd(decimal amount) => new(amount, "USD");

    /// <summary>An order of 100.00 (free shipping, tax included) brought to <paramref name="status"/> the legal way.</summary>
    private static Order OrderIn(OrderStatus status)
    {
        var order = OrderTests.Place(OrderTests.Cart((100m, 1)));
        switch (status)
        {
            case OrderStatus.Pending: break;
            case OrderStatus.Paid: order.MarkPaid("txn-1", Now); break;
            case OrderStatus.Shipped: order.MarkPaid("txn-1", Now); order.Ship("TRACK-1", Now); break;
            case OrderStatus.Delivered: order.MarkPaid("txn-1", Now); order.Ship("TRACK-1", Now); order.MarkDelivered(Now); break;
            case OrderStatus.Cancelled: order.Cancel("changed my mind", Now); break;
            case OrderStatus.PartiallyRefunded: order.MarkPaid("txn-1", Now); order.Refund(Usd(10m), Now); break;
            case OrderStatus.Refunded: order.MarkPaid("txn-1", Now); order.Refund(Usd(100m), Now); break;
        }
        Assert.That(order.Status, Is.EqualTo(status));
        return order;
    }

    private static readonly Dictionary<string, Action<Order>> Actions = new()
    {
        ["MarkPaid"] = o => o.MarkPaid("txn-2", Now),
        ["MarkPaymentFailed"] = o => o.MarkPaymentFailed("declined", Now),
        ["NotePaymentDeclined"] = o => o.NotePaymentDeclined("2000 Do Not Honor", Now),
        ["Ship"] = o => o.Ship("TRACK-2", Now),
        ["MarkDelivered"] = o => o.MarkDelivered(Now),
        ["Cancel"] = o => o.Cancel("staff", Now),
        ["Refund"] = o => o.Refund(new Money(1m, "USD"), Now),
    };

    [TestCase(OrderStatus.Pending, "MarkPaid", OrderStatus.Paid)]
    [TestCase(OrderStatus.Pending, "MarkPaymentFailed", OrderStatus.Cancelled)]
    [TestCase(OrderStatus.Pending, "NotePaymentDeclined", OrderStatus.Pending)]
    [TestCase(OrderStatus.Pending, "Cancel", OrderStatus.Cancelled)]
    [TestCase(OrderStatus.Paid, "Ship", OrderStatus.Shipped)]
    [TestCase(OrderStatus.Paid, "Cancel", OrderStatus.Cancelled)]
    [TestCase(OrderStatus.Paid, "Refund", OrderStatus.PartiallyRefunded)]
    [TestCase(OrderStatus.PartiallyRefunded, "Refund", OrderStatus.PartiallyRefunded)]
    [TestCase(OrderStatus.PartiallyRefunded, "Ship", OrderStatus.Shipped)]
    [TestCase(OrderStatus.PartiallyRefunded, "Cancel", OrderStatus.Cancelled)]
    [TestCase(OrderStatus.Shipped, "MarkDelivered", OrderStatus.Delivered)]
    [TestCase(OrderStatus.Shipped, "Refund", OrderStatus.Shipped)]
    [TestCase(OrderStatus.Delivered, "Refund", OrderStatus.Delivered)]
    public void Legal_moves(OrderStatus from, string action, OrderStatus to)
    {
        var order = OrderIn(from);
        var entries = order.History.Count;
        Actions[action](order);
        Assert.That(order.Status, Is.EqualTo(to));
        Assert.That(order.History, Has.Count.EqualTo(entries + 1));
        Assert.That(order.History[^1].Status, Is.EqualTo(to));
    }

    [TestCase(OrderStatus.Pending, "Ship")]
    [TestCase(OrderStatus.Pending, "MarkDelivered")]
    [TestCase(OrderStatus.Pending, "Refund")]
    [TestCase(OrderStatus.Paid, "MarkPaid")]
    [TestCase(OrderStatus.Paid, "MarkPaymentFailed")]
    [TestCase(OrderStatus.Paid, "NotePaymentDeclined")]
    [TestCase(OrderStatus.Paid, "MarkDelivered")]
    [TestCase(OrderStatus.Shipped, "MarkPaid")]
    [TestCase(OrderStatus.Shipped, "MarkPaymentFailed")]
    [TestCase(OrderStatus.Shipped, "NotePaymentDeclined")]
    [TestCase(OrderStatus.Shipped, "Ship")]
    [TestCase(OrderStatus.Shipped, "Cancel")]
    [TestCase(OrderStatus.Delivered, "MarkPaid")]
    [TestCase(OrderStatus.Delivered, "MarkPaymentFailed")]
    [TestCase(OrderStatus.Delivered, "NotePaymentDeclined")]
    [TestCase(OrderStatus.Delivered, "Ship")]
    [TestCase(OrderStatus.Delivered, "MarkDelivered")]
    [TestCase(OrderStatus.Delivered, "Cancel")]
    [TestCase(OrderStatus.Cancelled, "MarkPaid")]
    [TestCase(OrderStatus.Cancelled, "MarkPaymentFailed")]
    [TestCase(OrderStatus.Cancelled, "NotePaymentDeclined")]
    [TestCase(OrderStatus.Cancelled, "Ship")]
    [TestCase(OrderStatus.Cancelled, "MarkDelivered")]
    [TestCase(OrderStatus.Cancelled, "Cancel")]
    [TestCase(OrderStatus.Cancelled, "Refund")]
    [TestCase(OrderStatus.PartiallyRefunded, "MarkPaid")]
    [TestCase(OrderStatus.PartiallyRefunded, "MarkPaymentFailed")]
    [TestCase(OrderStatus.PartiallyRefunded, "NotePaymentDeclined")]
    [TestCase(OrderStatus.PartiallyRefunded, "MarkDelivered")]
    [TestCase(OrderStatus.Refunded, "MarkPaid")]
    [TestCase(OrderStatus.Refunded, "MarkPaymentFailed")]
    [TestCase(OrderStatus.Refunded, "NotePaymentDeclined")]
    [TestCase(OrderStatus.Refunded, "Ship")]
    [TestCase(OrderStatus.Refunded, "MarkDelivered")]
    [TestCase(OrderStatus.Refunded, "Cancel")]
    [TestCase(OrderStatus.Refunded, "Refund")]
    public void Illegal_moves_throw_and_change_nothing(OrderStatus from, string action)
    {
        var order = OrderIn(from);
        var entries = order.History.Count;
        var ex = Assert.Throws<IllegalOrderTransition>(() => Actions[action](order));
        Assert.Multiple(() =>
        {
            Assert.That(ex!.From, Is.EqualTo(from));
            Assert.That(ex.Message, Does.StartWith($"Order {order.Number} is {from} and cannot be"));
            Assert.That(order.Status, Is.EqualTo(from));
            Assert.That(order.History, Has.Count.EqualTo(entries));
        });
    }

    [Test]
    public void Marking_paid_again_with_the_same_transaction_changes_nothing()
    {
        var order = OrderIn(OrderStatus.Paid);
        order.MarkPaid("txn-1", Now.AddMinutes(5));
        Assert.That(order.History, Has.Count.EqualTo(2));
        Assert.That(order.PaymentTransactionId, Is.EqualTo("txn-1"));
    }

    [Test]
    public void Partial_refunds_accumulate_until_the_order_is_refunded()
    {
        var order = OrderIn(OrderStatus.Paid);
        order.Refund(Usd(30m), Now);
        order.Refund(Usd(30m), Now);
        Assert.That(order.Status, Is.EqualTo(OrderStatus.PartiallyRefunded));
        Assert.That(order.RefundableAmount, Is.EqualTo(Usd(40m)));
        Assert.That(order.CanBeShipped, Is.True);
        order.Refund(Usd(40m), Now);
        Assert.Multiple(() =>
        {
            Assert.That(order.Status, Is.EqualTo(OrderStatus.Refunded));
            Assert.That(order.RefundedAmount, Is.EqualTo(Usd(100m)));
            Assert.That(order.CanBeRefunded, Is.False);
            Assert.That(order.History[^1].Note, Does.Contain("$40.00"));
        });
    }

    [Test]
    public void Refunding_a_shipped_order_in_full_makes_it_refunded()
    {
        var order = OrderIn(OrderStatus.Delivered);
        order.Refund(Usd(25m), Now);
        Assert.That(order.Status, Is.EqualTo(OrderStatus.Delivered));
        order.Refund(Usd(75m), Now);
        Assert.That(order.Status, Is.EqualTo(OrderStatus.Refunded));
    }

    [TestCase(0)]
    [TestCase(-5)]
    [TestCase(100.01)]
    public void A_refund_must_be_positive_and_within_what_is_left(decimal amount)
    {
        var order = OrderIn(OrderStatus.Paid);
        Assert.Throws<DomainException>(() => order.Refund(Usd(amount), Now));
        Assert.That(order.Status, Is.EqualTo(OrderStatus.Paid));
        Assert.That(order.RefundedAmount, Is.EqualTo(Usd(0m)));
    }

    [Test]
    public void A_refund_in_another_currency_is_refused()
    {
        Assert.Throws<DomainException>(() => OrderIn(OrderStatus.Paid).Refund(new Money(1m, "EUR"), Now));
    }

    [Test]
    public void Cancelling_a_paid_order_counts_the_rest_as_refunded()
    {
        var order = OrderIn(OrderStatus.PartiallyRefunded);
        order.Cancel("out of stock", Now);
        Assert.That(order.RefundedAmount, Is.EqualTo(order.Total));
        Assert.That(order.History[^1].Note, Does.Contain("out of stock").And.Contain("Refunded $90.00"));
    }

    [Test]
    public void Shipping_records_the_tracking_number_and_needs_one()
    {
        var order = OrderIn(OrderStatus.Paid);
        Assert.Throws<DomainException>(() => order.Ship(" ", Now));
        order.Ship("1Z999", Now);
        Assert.That(order.TrackingNumber, Is.EqualTo("1Z999"));
    }

    [Test]
    public void A_tracking_number_with_a_tab_or_line_break_is_refused()
    {
        var order = OrderIn(OrderStatus.Paid);
        var refused = Assert.Throws<DomainException>(() => order.Ship("1Z\t99\n9", Now))!;
        Assert.That(refused.Message, Is.EqualTo("A tracking number fits on one line, without tabs or line breaks."));
        Assert.That(order.Status, Is.EqualTo(OrderStatus.Paid));
    }

    [Test]
    public void A_declined_card_leaves_the_order_pending_with_the_reason_in_the_timeline()
    {
        var order = OrderIn(OrderStatus.Pending);
        order.NotePaymentDeclined("2000 Do Not Honor", Now);
        Assert.That(order.Status, Is.EqualTo(OrderStatus.Pending));
        Assert.That(order.History[^1].Note, Is.EqualTo("Payment declined: 2000 Do Not Honor"));
        order.MarkPaid("txn-9", Now);
        Assert.That(order.Status, Is.EqualTo(OrderStatus.Paid));
    }

    [Test]
    public void A_payment_change_in_progress_blocks_another_and_shipping_until_it_is_recorded()
    {
        var order = OrderIn(OrderStatus.Paid);
        order.StartPaymentChange(Now);

        Assert.Multiple(() =>
        {
            Assert.That(() => order.StartPaymentChange(Now.AddSeconds(30)), Throws.TypeOf<DomainException>().With.Message.Contains("with the payment gateway right now"));
            Assert.That(() => order.Ship("TRACK-9", Now.AddSeconds(30)), Throws.TypeOf<DomainException>());
        });

        order.Refund(Usd(10m), Now.AddSeconds(31));
        Assert.That(order.PaymentChangeStartedAt, Is.Null, "recording the refund ends the change");
        order.StartPaymentChange(Now.AddSeconds(32));
        order.Cancel("staff", Now.AddSeconds(33));
        Assert.That(order.PaymentChangeStartedAt, Is.Null, "so does the cancellation");
    }

    [Test]
    public void A_refused_payment_change_frees_the_order()
    {
        var order = OrderIn(OrderStatus.Paid);
        order.StartPaymentChange(Now);
        order.EndPaymentChange(Now.AddSeconds(1));
        Assert.That(() => order.StartPaymentChange(Now.AddSeconds(2)), Throws.Nothing);
    }

    [Test]
    public void A_payment_change_never_answered_stops_blocking_after_the_timeout_and_leaves_a_note()
    {
        var order = OrderIn(OrderStatus.Paid);
        order.StartPaymentChange(Now);

        order.StartPaymentChange(Now + Order.PaymentChangeTimeout);

        Assert.That(order.History[^1].Note, Does.Contain("never recorded: check the payment at the gateway"));
        Assert.That(order.PaymentChangeStartedAt, Is.EqualTo(Now + Order.PaymentChangeTimeout));
    }

    [TestCase(OrderStatus.Pending, false, false)]
    [TestCase(OrderStatus.Paid, false, true)]
    [TestCase(OrderStatus.PartiallyRefunded, false, true)]
    [TestCase(OrderStatus.Shipped, false, false)]
    [TestCase(OrderStatus.Cancelled, true, false)]
    [TestCase(OrderStatus.Refunded, false, false)]
    public void Unpaid_attempts_and_orders_to_fulfil_are_told_apart(OrderStatus status, bool unpaidAttempt, bool toFulfil)
    {
        var order = OrderIn(status);
        Assert.That(OrderLists.IsUnpaidAttempt.Compile()(order), Is.EqualTo(unpaidAttempt));
        Assert.That(OrderLists.IsNotUnpaidAttempt.Compile()(order), Is.EqualTo(!unpaidAttempt));
        Assert.That(OrderLists.IsToFulfil.Compile()(order), Is.EqualTo(toFulfil));
        Assert.That(order.CanBeShipped, Is.EqualTo(toFulfil));
    }

    [Test]
    public void A_cancelled_paid_order_is_not_an_unpaid_attempt()
    {
        var order = OrderIn(OrderStatus.Paid);
        order.Cancel("staff", Now);
        Assert.That(OrderLists.IsUnpaidAttempt.Compile()(order), Is.False);
    }

    [Test]
    public void Staff_notes_keep_the_status_and_say_whether_the_shopper_sees_them()
    {
        var order = OrderIn(OrderStatus.Paid);
        order.AddStaffNote("  Fragile  ", forShopper: false, Now);
        order.AddStaffNote("Ships tomorrow", forShopper: true, Now);
        Assert.Multiple(() =>
        {
            Assert.That(order.Status, Is.EqualTo(OrderStatus.Paid));
            Assert.That(order.History[^2].IsInternal, Is.True);
            Assert.That(order.History[^2].Note, Is.EqualTo("Fragile"));
            Assert.That(order.History[^1].IsInternal, Is.False);
            Assert.That(() => order.AddStaffNote(" ", true, Now), Throws.InstanceOf<DomainException>());
            Assert.That(() => order.AddStaffNote(new string('x', Order.StaffNoteLength + 1), true, Now), Throws.InstanceOf<DomainException>());
        });
    }

    [Test]
    public void Shipping_with_a_carrier_records_it_in_the_history()
    {
        var order = OrderIn(OrderStatus.Paid);
        order.Ship("1Z999", Now, " UPS ");
        Assert.That(order.Carrier, Is.EqualTo("UPS"));
        Assert.That(order.History[^1].Note, Is.EqualTo("Shipped with UPS, tracking 1Z999."));
    }

    [Test]
    public void Staffs_reason_for_cancelling_is_read_back_and_a_failed_payment_has_none()
    {
        var paid = OrderIn(OrderStatus.Paid);
        paid.Cancel("Out of stock, sorry. Refunded soon", Now);
        var pending = OrderIn(OrderStatus.Pending);
        pending.Cancel("Customer phoned", Now);
        var failed = OrderIn(OrderStatus.Pending);
        failed.MarkPaymentFailed("Cancelled: declined", Now);
        failed.AddInternalNote("Cancelled: not by the shop", Now);

        Assert.Multiple(() =>
        {
            Assert.That(paid.CancelledByShopBecause, Is.EqualTo("Out of stock, sorry. Refunded soon"), "the note also says what was refunded");
            Assert.That(pending.CancelledByShopBecause, Is.EqualTo("Customer phoned"));
            Assert.That(failed.CancelledByShopBecause, Is.Null);
            Assert.That(OrderIn(OrderStatus.Paid).CancelledByShopBecause, Is.Null);
        });
    }

    [Test]
    public void A_pending_order_cannot_be_cancelled_while_its_charge_is_with_the_gateway_and_can_once_the_call_is_over()
    {
        var charging = OrderIn(OrderStatus.Pending);
        charging.StartCharge(Now);
        var answerLost = OrderIn(OrderStatus.Pending);
        answerLost.StartCharge(Now);
        answerLost.EndPaymentChange(Now.AddSeconds(30));
        var paid = OrderIn(OrderStatus.Pending);
        paid.StartCharge(Now);
        paid.MarkPaid("txn-1", Now.AddSeconds(2));

        Assert.Multiple(() =>
        {
            Assert.That(charging.IsBeingCharged(Now.AddMinutes(1)), Is.True);
            Assert.That(charging.CancelRefusal(Now.AddMinutes(1)), Does.Contain("is with the payment gateway right now"));
            Assert.Throws<DomainException>(() => charging.Cancel("Customer phoned", Now.AddMinutes(1)));
            Assert.That(charging.IsBeingCharged(Now + Order.PaymentChangeTimeout), Is.False, "a call that long ago ended with the shop that made it");
            Assert.That(answerLost.CancelRefusal(Now.AddMinutes(1)), Is.Null);
            Assert.That(paid.IsBeingCharged(Now.AddSeconds(3)), Is.False);
            Assert.That(paid.PaymentChangeStartedAt, Is.Null, "a refund may claim it at once");
        });
    }
}
