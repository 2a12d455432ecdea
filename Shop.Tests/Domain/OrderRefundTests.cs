namespace Shop.Tests.Domain;

/// <summary>Every refund of an order is kept as a record; one after the invoice corrects it with a credit note.</summary>
public class OrderRefundTests
{
    private static readonly DateTimeOffset Now = OrderTests.Now;

    private static Order Paid()
    {
        var order = OrderTests.Place(OrderTests.Cart((50m, 2)));
        order.MarkPaid("txn-1", Now);
        return order;
    }

    private static Money Money(Order order, decimal amount) => new(amount, order.Currency);

    [Test]
    public void Each_refund_is_kept_with_its_tax_and_kind_and_corrects_the_invoice_only_once_issued()
    {
        var order = Paid();
        var before = order.Refund(Money(order, 10m), Now);
        order.IssueInvoice(1, Now.AddMinutes(1));
        var after = MoneyBack.ShareOf(order, Money(order, 5m));
        order.Refund(after, Now.AddMinutes(2), RefundKind.Return);

        Assert.Multiple(() =>
        {
            Assert.That(order.Refunds.Select(r => (r.Amount, r.Tax, r.Kind, r.CorrectsInvoice)), Is.EqualTo(new[]
            {
                (before.Amount, before.Tax, RefundKind.Refund, false),
                (after.Amount, after.Tax, RefundKind.Return, true),
            }));
            Assert.That(order.Refunds.Select(r => r.RefundedAt), Is.EqualTo(new[] { Now, Now.AddMinutes(2) }));
            Assert.That(order.RefundedAmount, Is.EqualTo(Money(order, 15m)), "the running total as before");
            Assert.That(order.RefundedOnInvoice, Is.EqualTo(Money(order, 10m)), "the invoice states only the refund made before it");
            Assert.That(order.TaxRefundedOnInvoice, Is.EqualTo(before.Tax));
        });
    }

    [Test]
    public void Cancelling_a_paid_order_keeps_what_went_back_with_the_tax_left_and_the_reason()
    {
        var order = Paid();
        order.IssueInvoice(7, Now);
        order.Refund(Money(order, 10m), Now);
        var taxLeft = order.TaxLeft;
        var back = order.Cancel("Out of stock", Now.AddHours(1));

        var cancellation = order.Refunds.Last();
        Assert.Multiple(() =>
        {
            Assert.That(order.Refunds, Has.Count.EqualTo(2));
            Assert.That((cancellation.Amount, cancellation.Tax, cancellation.Kind, cancellation.Reason, cancellation.CorrectsInvoice),
                Is.EqualTo((back, taxLeft, RefundKind.Cancellation, "Out of stock", true)));
            Assert.That(order.Refunds.Sum(r => r.Amount.Amount), Is.EqualTo(order.RefundedAmount.Amount), "the records add up to what was refunded");
            Assert.That(order.Refunds.Sum(r => r.Tax.Amount), Is.EqualTo(order.TaxRefunded.Amount));
        });
    }

    [Test]
    public void An_unpaid_order_cancelled_or_a_refused_refund_keeps_no_record()
    {
        var pending = OrderTests.Place();
        pending.Cancel("Changed my mind", Now);
        var paid = Paid();

        Assert.Multiple(() =>
        {
            Assert.That(pending.Refunds, Is.Empty, "no money went back");
            Assert.That(() => paid.Refund(Money(paid, 1000m), Now), Throws.InstanceOf<DomainException>());
            Assert.That(paid.Refunds, Is.Empty, "a refused refund leaves nothing");
        });
    }

    [Test]
    public void A_credit_note_number_is_given_once_and_only_to_a_refund_after_the_invoice()
    {
        var order = Paid();
        order.Refund(Money(order, 10m), Now);
        order.IssueInvoice(1, Now);
        order.Refund(Money(order, 5m), Now.AddDays(1));
        var (before, after) = (order.Refunds[0], order.Refunds[1]);
        order.IssueCreditNote(after, 3, Now.AddDays(2));

        Assert.Multiple(() =>
        {
            Assert.That((after.CreditNoteNumber, after.CreditNoteDate), Is.EqualTo(((int?)3, (DateTimeOffset?)Now.AddDays(2))));
            Assert.That(order.UpdatedAt, Is.EqualTo(Now.AddDays(2)), "the order's row changes with it");
            Assert.That(() => order.IssueCreditNote(after, 4, Now), Throws.InstanceOf<DomainException>(), "a number is kept for good");
            Assert.That(() => order.IssueCreditNote(before, 4, Now), Throws.InstanceOf<DomainException>().With.Message.Contains("stated on the invoice"));
            Assert.That(() => Paid().IssueCreditNote(after, 4, Now), Throws.InstanceOf<DomainException>(), "another order's refund");
        });
    }

    [Test]
    public void A_refund_split_by_rate_adds_up_to_its_amount_and_its_tax()
    {
        var order = Paid();
        order.IssueInvoice(1, Now);
        order.Refund(Money(order, 33.33m), Now);
        var refund = order.Refunds.Single();

        var rows = RefundByRate.Of(order, refund);
        Assert.Multiple(() =>
        {
            Assert.That(rows, Is.Not.Empty);
            Assert.That(rows.Sum(r => r.Gross.Amount), Is.EqualTo(refund.Amount.Amount));
            Assert.That(rows.Sum(r => r.Tax.Amount), Is.EqualTo(refund.Tax.Amount));
            Assert.That(rows.Where(r => r.Rate == 0.20m).Sum(r => r.Tax.Amount), Is.EqualTo(refund.Tax.Amount), "all the tax is at the order's one rate");
        });
    }
}
