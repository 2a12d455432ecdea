using Shop.Domain.Cart;

namespace Shop.Tests.Domain;

public class CartTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static Dictionary<int, CatalogItem> Catalog(params CatalogItem[] items) => items.ToDictionary(i => i.ProductId);

    private static CatalogItem Item(int id, decimal price, int stock = 100, bool forSale = true) =>
        new(id, id, $"Product {id}", "", $"SKU-{id}", new Money(price, "USD"), stock, forSale);

    [Test]
    public void Adding_the_same_product_adds_to_its_line()
    {
        var cart = ShoppingCart.New(Now);
        cart.Add(1, 2, Now);
        cart.Add(1, 3, Now.AddMinutes(1));
        Assert.Multiple(() =>
        {
            Assert.That(cart.Lines, Has.Count.EqualTo(1));
            Assert.That(cart.QuantityOf(1), Is.EqualTo(5));
            Assert.That(cart.UpdatedAt, Is.EqualTo(Now.AddMinutes(1)));
        });
    }

    [Test]
    public void Taking_out_what_an_order_bought_leaves_what_it_did_not_and_the_code_goes_with_the_last_line()
    {
        var cart = ShoppingCart.New(Now);
        cart.Add(1, 3, Now);
        cart.Add(2, 1, Now);
        cart.UseDiscountCode("SAVE10", Now);
        cart.TakeOut([(1, 2), (3, 5)], Now.AddMinutes(1));
        var (kept, code) = (cart.Lines.Select(l => (l.VariantId, l.Quantity)).ToList(), cart.DiscountCode);
        cart.TakeOut([(1, 1), (2, 4)], Now.AddMinutes(2));
        Assert.Multiple(() =>
        {
            Assert.That(kept, Is.EqualTo(new[] { (1, 1), (2, 1) }), "less what was bought; a line not in the cart is nothing");
            Assert.That(code, Is.EqualTo("SAVE10"));
            Assert.That((cart.IsEmpty, cart.DiscountCode, cart.UpdatedAt), Is.EqualTo((true, (string?)null, Now.AddMinutes(2))));
        });
    }

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(int.MinValue)]
    public void Adding_nothing_or_less_is_refused(int quantity)
    {
        var cart = ShoppingCart.New(Now);
        Assert.Throws<DomainException>(() => cart.Add(1, quantity, Now));
        Assert.That(cart.IsEmpty, Is.True);
    }

    [TestCase(11)]
    [TestCase(1_000_000)]
    [TestCase(int.MaxValue)]
    public void Huge_quantities_are_capped_at_the_line_limit(int quantity)
    {
        var cart = ShoppingCart.New(Now);
        cart.Add(1, 5, Now);
        cart.Add(1, quantity, Now);
        cart.Add(2, quantity, Now);
        Assert.That(cart.QuantityOf(1), Is.EqualTo(ShoppingCart.MaxQuantityPerLine));
        Assert.That(cart.QuantityOf(2), Is.EqualTo(ShoppingCart.MaxQuantityPerLine));
    }

    [Test]
    public void Adding_never_takes_the_line_above_the_stock_and_says_what_it_holds()
    {
        var cart = ShoppingCart.New(Now);
        Assert.That(cart.Add(1, 2, Now, inStock: 3), Is.EqualTo(2));
        Assert.That(cart.Add(1, 5, Now, inStock: 3), Is.EqualTo(3));
        Assert.That(cart.Add(1, 1, Now, inStock: 1), Is.EqualTo(1), "stock fell since: the line comes down to it");
        Assert.Throws<DomainException>(() => cart.Add(2, 1, Now, inStock: 0));
        Assert.That(cart.QuantityOf(2), Is.Zero);
    }

    [Test]
    public void Changing_a_quantity_sets_it_and_zero_removes_the_line()
    {
        var cart = ShoppingCart.New(Now);
        cart.Add(1, 2, Now);
        cart.Add(2, 1, Now);
        cart.ChangeQuantity(1, 7, Now);
        Assert.That(cart.QuantityOf(1), Is.EqualTo(7));
        cart.ChangeQuantity(1, 0, Now);
        Assert.That(cart.Lines.Select(l => l.VariantId), Is.EqualTo(new[] { 2 }));
        cart.ChangeQuantity(2, 99, Now);
        Assert.That(cart.QuantityOf(2), Is.EqualTo(10));
    }

    [Test]
    public void Changing_to_a_negative_quantity_or_a_product_not_in_the_cart_is_refused()
    {
        var cart = ShoppingCart.New(Now);
        cart.Add(1, 2, Now);
        Assert.Throws<DomainException>(() => cart.ChangeQuantity(1, -1, Now));
        Assert.Throws<DomainException>(() => cart.ChangeQuantity(9, 1, Now));
        Assert.That(cart.QuantityOf(1), Is.EqualTo(2));
    }

    [Test]
    public void Removing_is_harmless_when_the_product_is_not_there()
    {
        var cart = ShoppingCart.New(Now);
        cart.Add(1, 2, Now);
        cart.Remove(1, Now);
        cart.Remove(1, Now);
        Assert.That(cart.IsEmpty, Is.True);
    }

    [Test]
    public void A_cart_holds_a_bounded_number_of_products()
    {
        var cart = ShoppingCart.New(Now);
        for (var id = 1; id <= ShoppingCart.MaxLines; id++) cart.Add(id, 1, Now);
        Assert.That(cart.HasRoomFor(ShoppingCart.MaxLines + 1), Is.False);
        Assert.That(cart.HasRoomFor(1), Is.True, "a product already in the cart");
        Assert.Throws<DomainException>(() => cart.Add(ShoppingCart.MaxLines + 1, 1, Now));
        cart.Add(1, 1, Now);
        Assert.That(cart.QuantityOf(1), Is.EqualTo(2));
    }

    [Test]
    public void Merging_adds_quantities_caps_each_line_and_empties_the_other_cart()
    {
        var mine = ShoppingCart.New(Now);
        mine.AssignTo("user-1", Now);
        mine.Add(1, 8, Now);
        mine.Add(2, 1, Now);
        var anonymous = ShoppingCart.New(Now);
        anonymous.Add(1, 5, Now);
        anonymous.Add(3, 2, Now);

        mine.Merge(anonymous, Now.AddHours(1));
        mine.Merge(anonymous, Now.AddHours(1));

        Assert.Multiple(() =>
        {
            Assert.That(mine.QuantityOf(1), Is.EqualTo(10));
            Assert.That(mine.QuantityOf(2), Is.EqualTo(1));
            Assert.That(mine.QuantityOf(3), Is.EqualTo(2));
            Assert.That(mine.UserId, Is.EqualTo("user-1"));
            Assert.That(anonymous.IsEmpty, Is.True);
        });
    }

    [Test]
    public void Merging_a_cart_into_itself_changes_nothing()
    {
        var cart = ShoppingCart.New(Now);
        cart.Add(1, 2, Now);
        cart.Merge(cart, Now);
        Assert.That(cart.QuantityOf(1), Is.EqualTo(2));
    }

    [Test]
    public void Pricing_takes_names_skus_and_prices_from_the_catalog()
    {
        var cart = ShoppingCart.New(Now);
        cart.Add(1, 3, Now);
        cart.Add(2, 1, Now);
        var priced = cart.Price(Catalog(Item(1, 19.99m), Item(2, 5.01m)), "USD");
        Assert.Multiple(() =>
        {
            Assert.That(priced.Subtotal, Is.EqualTo(new Money(64.98m, "USD")));
            Assert.That(priced.Lines[0].Name, Is.EqualTo("Product 1"));
            Assert.That(priced.Lines[0].Sku, Is.EqualTo("SKU-1"));
            Assert.That(priced.Lines[0].LineTotal, Is.EqualTo(new Money(59.97m, "USD")));
            Assert.That(priced.ItemCount, Is.EqualTo(4));
            Assert.That(priced.NeedsReview, Is.False);
            Assert.That(priced.IsEmpty, Is.False);
        });
    }

    [Test]
    public void Pricing_caps_by_stock_and_reports_unavailable_products()
    {
        var cart = ShoppingCart.New(Now);
        cart.Add(1, 5, Now);   // only 2 left
        cart.Add(2, 1, Now);   // sold out
        cart.Add(3, 1, Now);   // unpublished
        cart.Add(4, 1, Now);   // deleted from the catalog
        cart.Add(5, 2, Now);   // fine
        var priced = cart.Price(Catalog(Item(1, 10m, stock: 2), Item(2, 10m, stock: 0), Item(3, 10m, forSale: false), Item(5, 1m)), "USD");

        Assert.Multiple(() =>
        {
            Assert.That(priced.Lines.Select(l => l.Status), Is.EqualTo(new[]
            {
                CartLineStatus.CappedByStock, CartLineStatus.Unavailable, CartLineStatus.Unavailable,
                CartLineStatus.Unavailable, CartLineStatus.Ok,
            }));
            Assert.That(priced.Lines[0].Quantity, Is.EqualTo(2));
            Assert.That(priced.Lines[0].RequestedQuantity, Is.EqualTo(5));
            Assert.That(priced.Subtotal, Is.EqualTo(new Money(22m, "USD")));
            Assert.That(priced.NeedsReview, Is.True);
            Assert.That(priced.PurchasableLines.Select(l => l.ProductId), Is.EqualTo(new[] { 1, 5 }));
        });
    }

    [Test]
    public void Accepting_the_pricing_shrinks_the_cart_to_what_can_be_bought()
    {
        var cart = ShoppingCart.New(Now);
        cart.Add(1, 5, Now);
        cart.Add(2, 1, Now);
        var catalog = Catalog(Item(1, 10m, stock: 2), Item(2, 10m, stock: 0));
        cart.AcceptPricing(cart.Price(catalog, "USD"), Now);
        Assert.That(cart.Lines.Select(l => (l.VariantId, l.Quantity)), Is.EqualTo(new[] { (1, 2) }));
        Assert.That(cart.Price(catalog, "USD").NeedsReview, Is.False);
    }

    [Test]
    public void An_empty_or_all_unavailable_cart_has_nothing_to_buy()
    {
        var cart = ShoppingCart.New(Now);
        Assert.That(cart.Price(Catalog(), "USD").IsEmpty, Is.True);
        cart.Add(1, 1, Now);
        var priced = cart.Price(Catalog(), "USD");
        Assert.That(priced.IsEmpty, Is.True);
        Assert.That(priced.Subtotal, Is.EqualTo(Money.Zero("USD")));
    }

    [Test]
    public void A_catalog_price_in_another_currency_is_refused()
    {
        var cart = ShoppingCart.New(Now);
        cart.Add(1, 1, Now);
        var euros = new CatalogItem(1, 1, "Lamp", "", "L", new Money(10m, "EUR"), 5);
        Assert.Throws<DomainException>(() => cart.Price(Catalog(euros), "USD"));
    }

    [Test]
    public void A_cart_needs_a_token_and_a_line_needs_a_product()
    {
        Assert.Throws<DomainException>(() => _ = new ShoppingCart(Guid.Empty, Now));
        Assert.Throws<DomainException>(() => ShoppingCart.New(Now).Add(0, 1, Now));
    }
}
