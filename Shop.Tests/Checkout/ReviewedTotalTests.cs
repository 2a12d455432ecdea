using Shop.Web.Orders;

namespace Shop.Tests.Checkout;

/// <summary>
/// Pay charges what the review page showed, or nothing; and an order is marked paid only when the gateway says it
/// took exactly the order's total, in its currency.
/// </summary>
public class ReviewedTotalTests : ShopFixture
{
    protected override ShopApp CreateShop() => new(ReconcileWhenAsked)
    {
        TestServices = s => s.AddSingleton<IPaymentGateway>(sp => new ShortChangingGateway(sp.GetRequiredService<SimulatedBraintreeGateway>())),
    };

    private ShortChangingGateway ShortChanging => (ShortChangingGateway)App.Services.GetRequiredService<IPaymentGateway>();

    private Task<List<string>> SlugsAsync(int count) => App.WithDbAsync(db =>
        db.Products.Where(p => !p.Options.Any() && p.Variants.Sum(v => v.StockOnHand) > 50 && p.Price < 100m && p.IsPublished).OrderBy(p => p.Id).Select(p => p.Slug).Take(count).ToListAsync());

    private Task<Order?> OrderOfAsync(string email) =>
        App.WithDbAsync(db => db.Orders.Include(o => o.History).Where(o => o.Email == email).SingleOrDefaultAsync());

    private Money? Charged(string orderNumber) =>
        App.Services.GetRequiredService<SimulatedBraintreeGateway>().FindByOrderIdAsync(orderNumber).Result is TransactionSearchResult.Found f
            ? f.Transactions.SingleOrDefault()?.Amount
            : null;

    [Test]
    public async Task A_line_added_in_another_tab_after_review_charges_nothing_and_the_review_shows_the_new_total()
    {
        var slugs = await SlugsAsync(2);
        var email = Accounts.UniqueEmail("tabs");
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(slugs[0]);
        var review = await shopper.EnterAddressAsync(Shopper.GuestAddress(email));
        var reviewed = review.Text(".pay-button");

        await shopper.AddToCartAsync(slugs[1], 3); // the other tab
        var paid = await shopper.PayAsync(review, TestNonces.Valid);

        Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var again = await paid.ReadHtmlAsync();
        Assert.That(again.Text(".payment-error"), Does.Contain("Nothing was charged"));
        Assert.That(again.Text(".pay-button"), Is.Not.EqualTo(reviewed), "the review shows the new total");
        Assert.That(await OrderOfAsync(email), Is.Null, "no order, no charge");

        var confirmed = await shopper.PayAsync(again, TestNonces.Valid);
        Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var order = (await OrderOfAsync(email))!;
        Assert.That(order.Status, Is.EqualTo(OrderStatus.Paid));
        Assert.That("Pay " + Charged(order.Number), Is.EqualTo(again.Text(".pay-button")), "the charge is the reviewed total");
    }

    [Test]
    public async Task A_code_the_changed_cart_no_longer_meets_shows_on_the_review_with_why_and_pay_waits_until_it_is_removed()
    {
        var slug = (await SlugsAsync(1))[0];
        var price = await App.WithDbAsync(db => db.Products.Where(p => p.Slug == slug).Select(p => p.Price).SingleAsync());
        await App.WithDbAsync(async db =>
        {
            db.DiscountCodes.Add(new Shop.Domain.Checkout.DiscountCode("TWOFOR", Shop.Domain.Checkout.DiscountKind.FixedAmount, 1m, minimumSubtotal: price * 2));
            await db.SaveChangesAsync();
        });
        var email = Accounts.UniqueEmail("code");
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(slug, 2);
        await shopper.Client.SubmitFormAsync("/cart", "form[action='/cart/discount']", new Dictionary<string, string?> { ["code"] = "TWOFOR" });
        await shopper.Client.SubmitFormAsync("/cart", "form.cart-quantity", new Dictionary<string, string?> { ["quantity"] = "1" });

        var review = await shopper.EnterAddressAsync(Shopper.GuestAddress(email));
        var removed = await shopper.Client.SubmitFormAsync(review, ".discount-problem form");
        var again = await shopper.Client.FollowAsync(removed);
        var paid = await shopper.PayAsync(again, TestNonces.Valid);

        Assert.Multiple(() =>
        {
            Assert.That(review.Text(".discount-problem"), Does.Contain($"Code TWOFOR needs a subtotal of at least {new Money(price * 2, "USD")}."));
            Assert.That(review.QuerySelector("form.payment-form"), Is.Null, "no Pay the shop would refuse");
            Assert.That(removed.Headers.Location?.ToString(), Is.EqualTo("/checkout/review"), "removing the code comes back to the review");
            Assert.That(again.QuerySelector(".discount-problem"), Is.Null);
            Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        });
        var order = (await OrderOfAsync(email))!;
        Assert.That(order.DiscountCode, Is.Null);
        Assert.That("Pay " + Charged(order.Number), Is.EqualTo(again.Text(".pay-button")), "charged the total the review showed");
    }

    [Test]
    public async Task A_free_shipping_code_with_express_is_named_on_the_review_as_taking_nothing_and_is_neither_put_on_the_order_nor_used_up()
    {
        var slug = (await SlugsAsync(1))[0];
        await App.WithDbAsync(async db =>
        {
            db.DiscountCodes.Add(new Shop.Domain.Checkout.DiscountCode("SHIPONCE", Shop.Domain.Checkout.DiscountKind.FreeShipping, 0m, usageLimit: 1, usesPerShopper: 1));
            await db.SaveChangesAsync();
        });
        var email = Accounts.UniqueEmail("express");
        async Task<IDocument> ReviewAsync(Shopper shopper, string method)
        {
            await shopper.AddToCartAsync(slug);
            await shopper.Client.SubmitFormAsync("/cart", "form[action='/cart/discount']", new Dictionary<string, string?> { ["code"] = "SHIPONCE" });
            var address = Shopper.GuestAddress(email);
            address["Form.ShippingMethod"] = method;
            return await shopper.EnterAddressAsync(address);
        }
        using var express = new Shopper(App.Browser());
        var review = await ReviewAsync(express, "Express");
        var paid = await express.PayAsync(review, TestNonces.Valid);
        var order = (await OrderOfAsync(email))!;
        using var standard = new Shopper(App.Browser());
        var later = await ReviewAsync(standard, "Standard");

        Assert.Multiple(async () =>
        {
            Assert.That(review.Text(".discount-problem"), Does.Contain("Code SHIPONCE is for standard shipping: with express shipping it takes nothing off."));
            Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "it may be paid as it is");
            Assert.That((order.Status, order.DiscountCode, order.ShippingCost), Is.EqualTo((OrderStatus.Paid, (string?)null, new Money(14.95m, "USD"))));
            Assert.That(await App.WithDbAsync(db => db.DiscountCodes.Where(d => d.Code == "SHIPONCE").Select(d => d.TimesUsed).SingleAsync()), Is.Zero);
            Assert.That(later.QuerySelector(".discount-problem"), Is.Null, "the same shopper's next order with standard shipping gets it");
            Assert.That(later.Text(".review-shipping"), Is.EqualTo("Free"));
        });
    }

    [TestCase("")]
    [TestCase("made-up")]
    public async Task A_missing_or_forged_quote_charges_nothing(string quote)
    {
        var slugs = await SlugsAsync(1);
        var email = Accounts.UniqueEmail("forged");
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(slugs[0]);
        var review = await shopper.EnterAddressAsync(Shopper.GuestAddress(email));

        review.QuerySelector("form.payment-form")!.SetAttribute("action", "/checkout/pay?quote=" + Uri.EscapeDataString(quote));
        var paid = await shopper.PayAsync(review, TestNonces.Valid);

        Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await paid.ReadHtmlAsync()).Text(".payment-error"), Does.Contain("check your order"));
        Assert.That(await OrderOfAsync(email), Is.Null);
    }

    /// <summary>What the gateway reports instead of what it took: one unit less, or the same number in another currency.</summary>
    private static Func<Money, Money> Misreport(string what) => what == "currency"
        ? taken => new Money(taken.Amount, taken.Currency == "EUR" ? "USD" : "EUR")
        : taken => new Money(taken.Amount - 1m, taken.Currency);

    [TestCase("amount")]
    [TestCase("currency")]
    public async Task A_charge_the_gateway_reports_for_another_amount_or_currency_leaves_the_order_pending(string what)
    {
        var slugs = await SlugsAsync(1);
        var email = Accounts.UniqueEmail("short");
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(slugs[0]);
        var review = await shopper.EnterAddressAsync(Shopper.GuestAddress(email));
        ShortChanging.Reports = Misreport(what);
        try
        {
            var paid = await shopper.PayAsync(review, TestNonces.Valid);
            var page = await shopper.Client.FollowAsync(paid);

            var order = (await OrderOfAsync(email))!;
            Assert.That(order.Status, Is.EqualTo(OrderStatus.Pending), "never marked paid for money the gateway did not say it took");
            Assert.That(order.History.Last().Note, Does.Contain("left pending"));
            Assert.That(page.Text("h1"), Is.Not.EqualTo("Thank you! Your order is confirmed."));
        }
        finally
        {
            ShortChanging.Reports = null;
        }
    }

    [TestCase("amount")]
    [TestCase("currency")]
    public async Task The_reconciler_never_marks_paid_or_cancels_an_order_whose_transaction_took_another_amount_or_currency(string what)
    {
        var slugs = await SlugsAsync(1);
        var email = Accounts.UniqueEmail("reconcile");
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(slugs[0]);
        await shopper.PayAsync(await shopper.EnterAddressAsync(Shopper.GuestAddress(email)), TestNonces.Timeout);
        Assert.That((await OrderOfAsync(email))!.Status, Is.EqualTo(OrderStatus.Pending));
        ShortChanging.Reports = Misreport(what);
        try
        {
            await App.WithAsync<PaymentReconciliation, int>(r => r.ReconcileAsync(CancellationToken.None));
        }
        finally
        {
            ShortChanging.Reports = null;
        }

        Assert.That((await OrderOfAsync(email))!.Status, Is.EqualTo(OrderStatus.Pending), "neither paid nor cancelled: a person must look");
        await App.WithAsync<PaymentReconciliation, int>(r => r.ReconcileAsync(CancellationToken.None));
        Assert.That((await OrderOfAsync(email))!.Status, Is.EqualTo(OrderStatus.Paid), "with the right amount it settles as before");
    }

    /// <summary>The simulated gateway, but reporting other amounts than it took while <see cref="Reports"/> is set.</summary>
    private sealed class ShortChangingGateway(SimulatedBraintreeGateway inner) : IPaymentGateway
    {
        public Func<Money, Money>? Reports { get; set; }

        public bool IsSimulated => true;
        public Task<ClientTokenResult> CreateClientTokenAsync(CancellationToken cancellationToken = default) => inner.CreateClientTokenAsync(cancellationToken);

        public Task<ThreeDSecureLookup> ReadThreeDSecureAsync(string nonce, CancellationToken cancellationToken = default) =>
            inner.ReadThreeDSecureAsync(nonce, cancellationToken);

        public async Task<ChargeResult> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken = default)
        {
            var result = await inner.ChargeAsync(request, cancellationToken);
            return result is ChargeResult.Paid { Amount: { } taken } paid && Reports is { } report ? paid with { Amount = report(taken) } : result;
        }

        public Task<RefundResult> RefundAsync(string transactionId, Money? amount, CancellationToken cancellationToken = default) =>
            inner.RefundAsync(transactionId, amount, cancellationToken);

        public Task<ReverseResult> ReverseAsync(string transactionId, CancellationToken cancellationToken = default) =>
            inner.ReverseAsync(transactionId, cancellationToken);

        public async Task<TransactionSearchResult> FindByOrderIdAsync(string orderId, CancellationToken cancellationToken = default)
        {
            var result = await inner.FindByOrderIdAsync(orderId, cancellationToken);
            return result is TransactionSearchResult.Found found && Reports is { } report
                ? new TransactionSearchResult.Found(found.Transactions.Select(t => t with { Amount = t.Amount is { } a ? report(a) : null }).ToList())
                : result;
        }

        public Task<bool> PingAsync(CancellationToken cancellationToken = default) => inner.PingAsync(cancellationToken);
    }
}
