using Shop.Domain.Checkout;

namespace Shop.Tests.Domain;

public class ReturnRulesTests
{
    private static readonly DateTimeOffset Now = OrderTests.Now;
    private static readonly ReturnWindow Window = new(30);

    private static Order Delivered(int quantity = 2, TaxRule? tax = null, DateTimeOffset? at = null)
    {
        var order = OrderTests.Place(OrderTests.Cart((20m, quantity)), tax);
        order.MarkPaid("txn-1", Now);
        order.Ship("TRACK-1", Now);
        order.MarkDelivered(at ?? Now);
        return order;
    }

    private static ReturnRequest Ask(Order order, int quantity, string? reason = "Too small", DateTimeOffset? at = null,
        params ReturnRequest[] earlier) =>
        ReturnRequest.Ask(order, [(order.Lines[0].Id, quantity, reason)], earlier, Window, at ?? Now.AddDays(3));

    [Test]
    public void A_delivered_order_can_be_returned_within_the_window_up_to_what_was_bought()
    {
        var order = Delivered();
        var request = Ask(order, 2);
        Assert.Multiple(() =>
        {
            Assert.That(request.Status, Is.EqualTo(ReturnStatus.Requested));
            Assert.That(request.Lines.Single().Quantity, Is.EqualTo(2));
            Assert.That(request.Describe(), Is.EqualTo("2 × Product 1 (Too small)"));
            Assert.That(Ask(order, 1, at: Now.AddDays(30)).Lines, Has.Count.EqualTo(1), "the last day still counts");
        });
    }

    [Test]
    public void The_window_is_counted_in_the_shops_days_and_stays_open_to_the_end_of_its_last_day()
    {
        // Delivered at 00:20 on 7 December in Berlin (23:20 UTC on the 6th): the page promises returns until 6 January.
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var inBerlin = new ReturnWindow(30, at => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, berlin).DateTime));
        var late = Delivered(at: new DateTimeOffset(2026, 12, 6, 23, 20, 0, TimeSpan.Zero));
        // A UTC shop, delivered in the afternoon: its 30th day counts until midnight too.
        var afternoon = Delivered(at: new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero));

        Assert.Multiple(() =>
        {
            Assert.That(inBerlin.LastDay(late), Is.EqualTo(new DateOnly(2027, 1, 6)));
            Assert.That(inBerlin.Refusal(late, new DateTimeOffset(2027, 1, 6, 9, 0, 0, TimeSpan.Zero)), Is.Null, "10:00 in Berlin on the last day");
            Assert.That(inBerlin.Refusal(late, new DateTimeOffset(2027, 1, 6, 22, 59, 0, TimeSpan.Zero)), Is.Null, "23:59 in Berlin");
            Assert.That(inBerlin.Refusal(late, new DateTimeOffset(2027, 1, 6, 23, 0, 0, TimeSpan.Zero)), Does.Contain("more than 30 days ago"),
                "midnight in Berlin: 7 January");
            Assert.That(Window.LastDay(afternoon), Is.EqualTo(new DateOnly(2026, 12, 23)));
            Assert.That(Window.Refusal(afternoon, new DateTimeOffset(2026, 12, 23, 20, 0, 0, TimeSpan.Zero)), Is.Null);
            Assert.That(Window.Refusal(afternoon, new DateTimeOffset(2026, 12, 24, 0, 0, 0, TimeSpan.Zero)), Is.Not.Null);
            Assert.That(Window.LastDay(OrderTests.Place(OrderTests.Cart((20m, 1)))), Is.Null, "not delivered");
        });
    }

    [Test]
    public void A_delivered_order_refunded_in_full_has_nothing_left_to_return_and_says_so()
    {
        var order = Delivered();
        order.Refund(order.Total, Now);
        Assert.That(Window.Refusal(order, Now.AddDays(1)), Is.EqualTo($"Order {order.Number} was refunded in full: there is nothing left to return."));
    }

    [Test]
    public void Returns_outside_the_rules_are_refused_with_the_reason()
    {
        var order = Delivered();
        var paid = OrderTests.Place(OrderTests.Cart((20m, 1)));
        paid.MarkPaid("txn-2", Now);
        var first = Ask(order, 1);
        var refused = Ask(order, 1);
        refused.Refuse("Worn", Now);

        static string Why(Action ask)
        {
            try { ask(); }
            catch (DomainException e) { return e.Message; }
            return "(not refused)";
        }
        Assert.Multiple(() =>
        {
            Assert.That(Why(() => Ask(paid, 1)), Does.Contain("once it is delivered"));
            Assert.That(Why(() => Ask(order, 1, at: Now.AddDays(31))), Does.Contain("more than 30 days ago"));
            Assert.That(Why(() => Ask(order, 3)), Is.EqualTo("At most 2 of Product 1 can be returned."));
            Assert.That(Why(() => Ask(order, 2, "Too small", null, first, refused)), Is.EqualTo("At most 1 of Product 1 can be returned."),
                "an earlier return counts, a refused one does not");
            Assert.That(Why(() => Ask(order, 1, " ")), Does.StartWith("Say why"));
            Assert.That(Why(() => Ask(order, 0)), Is.EqualTo("Choose at least one item to return."));
            Assert.That(Why(() => Ask(order, -1)), Does.Contain("above zero"));
        });
    }

    [Test]
    public void The_refund_is_the_items_share_of_what_was_paid_and_shipping_only_when_asked()
    {
        // 2 × 20.00, shipping 4.95, 10% tax on top: tax 4.50, total 49.45; the shipping paid with its tax is 5.45.
        var order = Delivered(tax: new TaxRule(0.10m, pricesIncludeTax: false));
        var request = Ask(order, 1);
        Assert.Multiple(() =>
        {
            Assert.That(order.Total, Is.EqualTo(new Money(49.45m, "USD")));
            Assert.That(request.RefundFor(order, withShipping: false, []).Amount, Is.EqualTo(new Money(22.00m, "USD")));
            Assert.That(request.RefundFor(order, withShipping: true, []).Amount, Is.EqualTo(new Money(27.45m, "USD")));
        });
        order.Refund(new Money(40m, "USD"), Now);
        Assert.That(request.RefundFor(order, withShipping: true, []).Amount, Is.EqualTo(new Money(9.45m, "USD")), "never more than is left to refund");
    }

    [Test]
    public void The_shipping_is_refunded_with_one_return_of_an_order_only()
    {
        var order = Delivered(tax: new TaxRule(0.10m, pricesIncludeTax: false));
        var first = Ask(order, 1);
        first.Approve(Now);
        first.Receive(new Dictionary<int, bool>(), Now);
        first.MarkRefunded(first.RefundFor(order, withShipping: true, []).Amount, withShipping: true, Now);
        var second = Ask(order, 1, "Too small", null, first);

        Assert.That(second.ShippingRefundedBefore([first, second]), Is.True);
        Assert.That(second.RefundFor(order, withShipping: true, [first, second]).Amount, Is.EqualTo(new Money(22.00m, "USD")),
            "the item alone: the shipping went back with the first return");
    }

    [Test]
    public void A_return_moves_from_asked_to_approved_received_and_refunded_and_nothing_else()
    {
        var order = Delivered();
        var request = Ask(order, 1);
        Assert.Throws<DomainException>(() => request.Receive(new Dictionary<int, bool>(), Now));
        Assert.Throws<DomainException>(() => request.MarkRefunded(new Money(1m, "USD"), false, Now));
        request.Approve(Now);
        Assert.Throws<DomainException>(() => request.Refuse("late", Now));
        request.Receive(new Dictionary<int, bool> { [request.Lines[0].Id] = true }, Now);
        Assert.That(request.RefundRefusal, Is.Null);
        request.MarkRefunded(new Money(20m, "USD"), false, Now);
        request.RefundFailed(Now);
        Assert.Multiple(() =>
        {
            Assert.That(request.Status, Is.EqualTo(ReturnStatus.Received), "a refund the gateway refused waits again");
            Assert.That(request.Lines[0].Restocked, Is.True);
            Assert.That(request.Version, Is.EqualTo(4));
            Assert.That(() => Ask(order, 1).Refuse(" ", Now), Throws.TypeOf<DomainException>().With.Message.Contain("reason"));
        });
    }
}
