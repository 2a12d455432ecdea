using Shop.Domain.Cart;
using Shop.Domain.Checkout;

namespace Shop.Tests.Domain;

public class DiscountCodeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static Money Usd(decimal amount) => new(amount, "USD");

    [TestCase(10, 80.00, 8.00)]
    [TestCase(15, 33.33, 5.00)]     // 4.9995 → 5.00
    [TestCase(12.5, 19.99, 2.50)]   // 2.49875 → 2.50
    [TestCase(100, 42.42, 42.42)]
    public void A_percentage_takes_its_share_rounded_to_the_cent(decimal percent, decimal subtotal, decimal off)
    {
        var outcome = new DiscountCode("SAVE", DiscountKind.Percentage, percent).Apply(Usd(subtotal), Now);
        Assert.That(outcome.Applies, Is.True);
        Assert.That(outcome.Amount, Is.EqualTo(Usd(off)));
    }

    [TestCase(5, 80.00, 5.00)]
    [TestCase(25, 19.99, 19.99)]
    [TestCase(25, 0, 0)]
    public void A_fixed_amount_never_takes_the_subtotal_below_zero(decimal value, decimal subtotal, decimal off)
    {
        var outcome = new DiscountCode("FIVER", DiscountKind.FixedAmount, value).Apply(Usd(subtotal), Now);
        Assert.That(outcome.Amount, Is.EqualTo(Usd(off)));
    }

    [Test]
    public void A_code_outside_its_window_does_not_apply()
    {
        var code = new DiscountCode("XMAS", DiscountKind.Percentage, 10, startsAt: Now.AddDays(1), endsAt: Now.AddDays(10));
        Assert.That(code.Apply(Usd(50), Now).Refusal, Is.EqualTo(DiscountRefusal.NotStarted));
        Assert.That(code.Apply(Usd(50), Now.AddDays(1)).Applies, Is.True);
        Assert.That(code.Apply(Usd(50), Now.AddDays(10).AddTicks(-1)).Applies, Is.True);
        var expired = code.Apply(Usd(50), Now.AddDays(10));
        Assert.That(expired.Refusal, Is.EqualTo(DiscountRefusal.Expired));
        Assert.That(expired.Amount, Is.EqualTo(Usd(0)));
        Assert.That(expired.Message, Does.Contain("expired"));
    }

    [Test]
    public void A_code_below_its_minimum_subtotal_does_not_apply()
    {
        var code = new DiscountCode("BIG", DiscountKind.FixedAmount, 10, minimumSubtotal: 100m);
        var refused = code.Apply(Usd(99.99m), Now);
        Assert.That(refused.Refusal, Is.EqualTo(DiscountRefusal.BelowMinimum));
        Assert.That(refused.Message, Does.Contain("$100.00"));
        Assert.That(code.Apply(Usd(100m), Now).Amount, Is.EqualTo(Usd(10)));
    }

    [Test]
    public void A_code_is_used_up_at_its_limit()
    {
        var code = new DiscountCode("ONCE", DiscountKind.Percentage, 10, usageLimit: 2);
        code.RecordUse();
        Assert.That(code.Apply(Usd(10), Now).Applies, Is.True);
        code.RecordUse();
        Assert.That(code.Apply(Usd(10), Now).Refusal, Is.EqualTo(DiscountRefusal.UsedUp));
        Assert.Throws<DomainException>(code.RecordUse);
        Assert.That(code.TimesUsed, Is.EqualTo(2));
    }

    [Test]
    public void Codes_are_compared_trimmed_and_upper_case()
    {
        Assert.That(new DiscountCode(" summer-10 ", DiscountKind.Percentage, 10).Code, Is.EqualTo("SUMMER-10"));
        Assert.That(DiscountCode.Normalize(" summer-10"), Is.EqualTo("SUMMER-10"));
    }

    [TestCase("", DiscountKind.Percentage, 10)]
    [TestCase("SP ACE", DiscountKind.Percentage, 10)]
    [TestCase("OK", DiscountKind.Percentage, 0)]
    [TestCase("OK", DiscountKind.Percentage, 101)]
    [TestCase("OK", DiscountKind.FixedAmount, -5)]
    [TestCase("OK", (DiscountKind)9, 5)]
    public void Nonsense_codes_are_refused(string code, DiscountKind kind, decimal value)
    {
        Assert.Throws<DomainException>(() => _ = new DiscountCode(code, kind, value));
    }

    [Test]
    public void A_window_must_end_after_it_starts_and_a_limit_is_positive()
    {
        Assert.Throws<DomainException>(() => _ = new DiscountCode("X", DiscountKind.Percentage, 5, startsAt: Now, endsAt: Now));
        Assert.Throws<DomainException>(() => _ = new DiscountCode("X", DiscountKind.Percentage, 5, usageLimit: 0));
        Assert.Throws<DomainException>(() => _ = new DiscountCode("X", DiscountKind.Percentage, 5, minimumSubtotal: -1m));
    }

    /// <summary>Product 1 (category 7) at 40.00 and product 2 (category 8) at 10.00, one of each.</summary>
    private static PricedCart LampAndBulb()
    {
        var cart = ShoppingCart.New(Now);
        cart.Add(1, 1, Now);
        cart.Add(2, 1, Now);
        return cart.Price(new Dictionary<int, CatalogItem>
        {
            [1] = new(1, 1, "Lamp", "", "LAMP", Usd(40m), 5, CategoryId: 7),
            [2] = new(2, 2, "Bulb", "", "BULB", Usd(10m), 5, CategoryId: 8),
        }, "USD");
    }

    [Test]
    public void A_code_for_some_goods_takes_off_only_their_lines_and_says_so_when_none_are_in_the_cart()
    {
        var forLamps = new DiscountCode("LAMPS", DiscountKind.Percentage, 50);
        forLamps.LimitTo([], [7]);
        var forBulbs = new DiscountCode("BULBS", DiscountKind.FixedAmount, 25);
        forBulbs.LimitTo([2], []);
        var forChairs = new DiscountCode("CHAIRS", DiscountKind.Percentage, 10);
        forChairs.LimitTo([99], [99]);

        Assert.Multiple(() =>
        {
            Assert.That(forLamps.Apply(LampAndBulb(), Now).Amount, Is.EqualTo(Usd(20m)));
            Assert.That(forBulbs.Apply(LampAndBulb(), Now).Amount, Is.EqualTo(Usd(10m)), "never more than the covered lines");
            Assert.That(forChairs.Apply(LampAndBulb(), Now).Refusal, Is.EqualTo(DiscountRefusal.NotForTheseGoods));
            Assert.That(new DiscountCode("ALL", DiscountKind.Percentage, 10).Apply(LampAndBulb(), Now).Amount, Is.EqualTo(Usd(5m)));
        });
    }

    [Test]
    public void The_minimum_is_judged_on_the_whole_cart_not_the_covered_lines()
    {
        var code = new DiscountCode("BULBS", DiscountKind.Percentage, 10, minimumSubtotal: 45m);
        code.LimitTo([2], []);
        Assert.That(code.Apply(LampAndBulb(), Now).Amount, Is.EqualTo(Usd(1m)));
    }

    [Test]
    public void A_disabled_code_is_refused_until_enabled_and_new_terms_keep_its_uses()
    {
        var code = new DiscountCode("PAUSE", DiscountKind.Percentage, 10, usageLimit: 5);
        code.RecordUse();
        code.Disable();
        var disabled = code.Apply(Usd(50), Now);
        code.Enable();
        code.ChangeTerms(DiscountKind.FixedAmount, 4m, null, null, null, 1, usesPerShopper: 2);

        Assert.Multiple(() =>
        {
            Assert.That((disabled.Refusal, disabled.Message), Is.EqualTo((DiscountRefusal.Disabled, "Code PAUSE is no longer valid.")));
            Assert.That(code.TimesUsed, Is.EqualTo(1));
            Assert.That(code.UnusableAt(Now), Is.EqualTo(DiscountRefusal.UsedUp), "the new limit of 1 is reached");
            Assert.Throws<DomainException>(() => code.ChangeTerms(DiscountKind.Percentage, 120m, null, null, null, null, null));
            Assert.Throws<DomainException>(() => code.ChangeTerms(DiscountKind.Percentage, 10m, null, null, null, null, 0));
        });
    }

    [TestCase(null, 5, true)]
    [TestCase(2, 1, true)]
    [TestCase(2, 2, false)]
    public void A_shopper_may_use_a_code_as_often_as_it_allows(int? perShopper, int usesSoFar, bool allowed) =>
        Assert.That(new DiscountCode("EACH", DiscountKind.Percentage, 10, usesPerShopper: perShopper).AllowsAnotherUseBy(usesSoFar), Is.EqualTo(allowed));
}
