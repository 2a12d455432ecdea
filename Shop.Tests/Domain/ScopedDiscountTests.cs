using Shop.Domain.Cart;
using Shop.Domain.Checkout;
using Shop.Domain.Markets;

namespace Shop.Tests.Domain;

/// <summary>A code for some products comes off those lines only: their tax, and the parcel's value for free shipping.</summary>
public class ScopedDiscountTests
{
    private static Money Eur(decimal amount) => new(amount, "EUR");
    private static readonly Destination Berlin = new(new Address("Buyer", "1 Street", null, "Berlin", null, "10115", "DE"));

    /// <summary>A German shop, prices without tax: 19 % standard, 7 % reduced; standard shipping 4.95, free from 50.</summary>
    private static Market GermanShop() => new(
        ShippingTable.Single(ShippingRates.Default("EUR"), new DeliveryPromise(3, 1)),
        new TaxPolicy(TaxPolicyTests.EuZones(), new TaxRule(0.19m, pricesIncludeTax: false), ShopCountry: "DE"));

    private static PricedCart Cart(params CatalogItem[] items)
    {
        var cart = ShoppingCart.New(OrderTests.Now);
        foreach (var item in items) cart.Add(item.VariantId, 1, OrderTests.Now);
        return cart.Price(items.ToDictionary(i => i.VariantId), "EUR");
    }

    private static CatalogItem Item(int id, decimal price, TaxClass taxClass = TaxClass.Standard, bool digital = false) =>
        new(id, id, $"Item {id}", "", $"ITEM-{id}", Eur(price), 100, TaxClass: taxClass, WeightGrams: digital ? 0 : 500, IsDigital: digital);

    private static DiscountCode For(int productId, decimal percent)
    {
        var code = new DiscountCode("SOME", DiscountKind.Percentage, percent);
        code.LimitTo([productId], []);
        return code;
    }

    [Test]
    public void A_code_for_the_standard_rated_product_lowers_its_tax_and_leaves_the_reduced_rated_lines()
    {
        var cart = Cart(Item(1, 100m), Item(2, 100m, TaxClass.Reduced));

        var (totals, outcome) = OrderTotals.Quote(cart, ShippingMethod.Standard, GermanShop(), Berlin, For(1, 50m), OrderTests.Now);

        Assert.That(outcome!.Amount, Is.EqualTo(Eur(50m)));
        Assert.That(totals.Shipping, Is.EqualTo(Eur(0m)), "150 of goods ship free");
        Assert.That(totals.Taxes!.Rates.Select(r => (r.Rate, r.Base, r.Tax)),
            Is.EqualTo(new[] { (0.19m, Eur(50m), Eur(9.50m)), (0.07m, Eur(100m), Eur(7m)) }), "the 50 off comes off the standard-rated item alone");
        Assert.That(totals.Total, Is.EqualTo(Eur(166.50m)));
    }

    [Test]
    public void A_code_for_a_digital_item_leaves_the_parcel_its_free_shipping()
    {
        var cart = Cart(Item(1, 129.99m, digital: true), Item(2, 59.70m));

        var (totals, _) = OrderTotals.Quote(cart, ShippingMethod.Standard, GermanShop(), Berlin, For(1, 100m), OrderTests.Now);

        Assert.That(totals.Discount, Is.EqualTo(Eur(129.99m)));
        Assert.That(totals.Shipping, Is.EqualTo(Eur(0m)), "the parcel's 59.70 was not discounted: over the 50 for free shipping");
    }

    [Test]
    public void A_code_for_every_product_still_spreads_over_every_line()
    {
        var cart = Cart(Item(1, 100m), Item(2, 100m, TaxClass.Reduced));
        var everything = new DiscountCode("ALL", DiscountKind.Percentage, 50m);

        var (totals, _) = OrderTotals.Quote(cart, ShippingMethod.Standard, GermanShop(), Berlin, everything, OrderTests.Now);

        Assert.That(totals.Taxes!.Rates.Select(r => (r.Rate, r.Base)), Is.EqualTo(new[] { (0.19m, Eur(50m)), (0.07m, Eur(50m)) }));
    }
}
