using Shop.Tests.Catalog;

namespace Shop.Tests.Admin;

/// <summary>In a German shop staff are told, beside the was price, which prior price shoppers will see struck through.</summary>
public class ReductionHintTests : ProductEditorFixture
{
    private readonly LowestPriorPriceTests.Clock _clock = new();

    protected override ShopApp CreateShop() => new(LowestPriorPriceTests.GermanShop) { TestServices = s => s.AddSingleton<TimeProvider>(_clock) };

    private static string Eur(decimal amount) => new Money(amount, "EUR").ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<string> HintAsync(int id)
    {
        using var client = await StaffAsync();
        return (await EditorAsync(client, id)).Text(".product-form .reduction-hint");
    }

    [Test]
    public async Task Staff_see_the_lowest_prior_price_shoppers_will_see_instead_of_the_typed_one()
    {
        var (id, _, _) = await LowestPriorPriceTests.ProductWithPricesAsync(App, _clock, 100m, (10, 80m, 120m));

        Assert.That(await HintAsync(id), Does.StartWith($"Shoppers see {Eur(100m)} struck through as the lowest price in the 30 days before {Eur(80m)} began on"));
    }

    [Test]
    public async Task Staff_are_told_why_no_reduction_shows_when_the_price_was_lower_recently()
    {
        var (id, _, _) = await LowestPriorPriceTests.ProductWithPricesAsync(App, _clock, 80m, (20, 120m, null), (10, 99m, 120m));

        Assert.That(await HintAsync(id), Does.StartWith($"No reduction shows: the price was {Eur(80m)} within the 30 days before {Eur(99m)} began"));
    }

    [Test]
    public async Task Without_a_was_price_staff_learn_what_a_reduction_today_would_be_measured_against()
    {
        var (id, _, _) = await LowestPriorPriceTests.ProductWithPricesAsync(App, _clock, 90m, (5, 110m, null));

        Assert.That(await HintAsync(id), Does.Contain($"would show against {Eur(90m)}, the lowest price of the last 30 days"));
    }
}

/// <summary>Outside the EU staff see no such hint: the was price shows as typed.</summary>
public class ReductionHintOutsideEuTests : ProductEditorFixture
{
    [Test]
    public async Task A_us_shop_shows_no_reduction_hint()
    {
        var id = await CreateProductAsync();
        using var client = await StaffAsync();

        Assert.That((await EditorAsync(client, id)).QuerySelector(".reduction-hint"), Is.Null);
    }
}
