namespace Shop.Tests.Domain;

/// <summary>The EU's rule for a reduction: the prior price is the lowest of the 30 days before the current price began.</summary>
public class PriceHistoryTests
{
    private static readonly DateTimeOffset Day0 = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset Day(double n) => Day0.AddDays(n);

    private static VariantPrice[] Prices(params (decimal Price, double Day)[] prices) => prices.Select(p => new VariantPrice(p.Price, Day(p.Day))).ToArray();

    [Test]
    public void A_new_product_has_no_prior_price()
    {
        Assert.That(PriceHistory.LowestBefore([], Day(0)), Is.Null);
        Assert.That(PriceHistory.LowestBefore(Prices((100m, 0)), Day(0)), Is.Null, "its first price began then");
    }

    [Test]
    public void A_product_on_sale_for_less_than_30_days_counts_from_its_first_price()
    {
        Assert.That(PriceHistory.LowestBefore(Prices((100m, 0)), Day(5)), Is.EqualTo(100m));
    }

    [Test]
    public void Raised_then_lowered_the_prior_price_is_the_lowest_of_the_30_days_not_the_raised_one()
    {
        // 80 for weeks, raised to 120 for ten days, then "reduced" to 99: the reduction is measured against 80.
        var history = Prices((80m, 0), (120m, 40));
        Assert.That(PriceHistory.LowestBefore(history, Day(50)), Is.EqualTo(80m));
        Assert.That(Reduction.Struck(ReductionRule.LowestIn30Days, 99m, compareAt: 120m, lowestPrior: 80m), Is.Null, "99 is no reduction from 80");
    }

    [Test]
    public void Lowered_twice_in_a_row_the_second_reduction_is_measured_against_the_first()
    {
        var history = Prices((100m, 0), (80m, 40));
        Assert.That(PriceHistory.LowestBefore(history, Day(40)), Is.EqualTo(100m), "the first reduction");
        Assert.That(PriceHistory.LowestBefore(history, Day(50)), Is.EqualTo(80m), "the second: 80 was the price in the 30 days before");
        Assert.That(Reduction.Struck(ReductionRule.LowestIn30Days, 60m, compareAt: 100m, lowestPrior: 80m), Is.EqualTo(80m));
    }

    [Test]
    public void Prices_that_ended_more_than_30_days_before_are_ignored()
    {
        // 50 ended 31 days before the reduction; 100 was the price all through the 30 days.
        var history = Prices((50m, 0), (100m, 10));
        Assert.That(PriceHistory.LowestBefore(history, Day(41)), Is.EqualTo(100m));
        Assert.That(PriceHistory.LowestBefore(history, Day(39)), Is.EqualTo(50m), "50 was still the price 30 days before day 39");
    }

    [Test]
    public void A_price_that_began_long_ago_counts_while_it_lasted_into_the_30_days()
    {
        Assert.That(PriceHistory.LowestBefore(Prices((100m, 0)), Day(365)), Is.EqualTo(100m));
    }

    [Test]
    public void Lowering_now_would_be_measured_against_the_lowest_price_of_the_last_30_days_the_current_one_included()
    {
        var history = Prices((100m, 0), (90m, 20), (110m, 25));
        Assert.That(PriceHistory.LowestIfLoweredAt(history, Day(30)), Is.EqualTo(90m));
        Assert.That(PriceHistory.LowestIfLoweredAt(history, Day(60)), Is.EqualTo(110m), "90 ended 35 days ago");
    }

    [Test]
    public void Only_prices_that_ended_30_days_or_more_before_the_current_one_may_go()
    {
        var history = Prices((50m, 0), (60m, 5), (70m, 20), (80m, 40));
        Assert.That(PriceHistory.Outdated(history, Day(40)).Select(p => p.Price), Is.EqualTo(new[] { 50m }));
        Assert.That(PriceHistory.LowestBefore(history.Except(PriceHistory.Outdated(history, Day(40))), Day(40)),
            Is.EqualTo(PriceHistory.LowestBefore(history, Day(40))), "what goes changes nothing");
    }

    [Test]
    public void Outside_the_eu_the_typed_compare_at_price_shows_as_before()
    {
        Assert.That(Reduction.Struck(ReductionRule.AsTyped, 80m, compareAt: 120m, lowestPrior: 80m), Is.EqualTo(120m));
        Assert.That(Reduction.Struck(ReductionRule.AsTyped, 80m, compareAt: 80m, lowestPrior: null), Is.Null, "not above the price");
    }

    [Test]
    public void Under_the_eu_rule_a_reduction_shows_only_when_staff_announce_one()
    {
        Assert.That(Reduction.Struck(ReductionRule.LowestIn30Days, 80m, compareAt: null, lowestPrior: 100m), Is.Null);
        Assert.That(Reduction.Struck(ReductionRule.LowestIn30Days, 80m, compareAt: 120m, lowestPrior: 100m), Is.EqualTo(100m), "not the typed 120");
        Assert.That(Reduction.Struck(ReductionRule.LowestIn30Days, 80m, compareAt: 120m, lowestPrior: null), Is.Null, "no prior price");
    }

    [TestCase("DE", ReductionRule.LowestIn30Days)]
    [TestCase(" fr ", ReductionRule.LowestIn30Days)]
    [TestCase("US", ReductionRule.AsTyped)]
    [TestCase("CH", ReductionRule.AsTyped)]
    [TestCase(null, ReductionRule.AsTyped)]
    public void The_eu_rule_is_the_default_for_a_shop_in_the_eu(string? country, ReductionRule expected) =>
        Assert.That(Reduction.DefaultFor(country), Is.EqualTo(expected));

    [Test]
    public void A_variant_notes_when_its_price_began_and_its_prior_price()
    {
        var product = new Product("Mug", "mug", "MUG", "", 80m, 1, Day(0));
        var variant = product.DefaultVariant;
        variant.PriceChanged(Day(10), Prices((100m, 0)));
        Assert.That((variant.PriceSince, variant.LowestPriorPrice), Is.EqualTo((Day(10), (decimal?)100m)));
    }
}
