namespace Shop.Tests.Domain;

public class CatalogRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [TestCase("Walnut Desk Lamp", "walnut-desk-lamp")]
    [TestCase("  Chef's Knife (20cm) ", "chef-s-knife-20cm")]
    [TestCase("Crème Brûlée Set", "creme-brulee-set")]
    [TestCase("Bags & Travel", "bags-travel")]
    [TestCase("<script>alert(1)</script>", "script-alert-1-script")]
    public void Slugs_are_lowercase_ascii_with_single_hyphens(string name, string slug)
    {
        Assert.That(Slug.From(name), Is.EqualTo(slug));
        Assert.That(Slug.IsValid(slug), Is.True);
    }

    [TestCase("walnut-desk-lamp", "Anything", "walnut-desk-lamp")]
    [TestCase("  walnut-desk-lamp ", "Anything", "walnut-desk-lamp")]
    [TestCase("", "Bürostuhl Größe XL", "buerostuhl-groesse-xl")]
    [TestCase(null, "Crème brûlée set", "creme-brulee-set")]
    [TestCase("Schreibtisch Lampe", "Anything", "schreibtisch-lampe")]
    [TestCase("!!!", "Anything", "!!!")]
    public void A_staff_form_s_web_address_is_kept_written_as_a_slug_or_made_from_the_name(string? typed, string name, string written) =>
        Assert.That(Slug.Written(typed, name), Is.EqualTo(written));

    [TestCase("")]
    [TestCase("Upper")]
    [TestCase("double--hyphen")]
    [TestCase("-leading")]
    [TestCase("../etc/passwd")]
    public void Invalid_slugs_are_refused(string slug)
    {
        Assert.That(Slug.IsValid(slug), Is.False);
        Assert.Throws<DomainException>(() => Slug.Require(slug));
    }

    [TestCase(0, "Sold out", true, false)]
    [TestCase(-3, "Sold out", true, false)]
    [TestCase(1, "Only 1 left", false, true)]
    [TestCase(5, "Only 5 left", false, true)]
    [TestCase(6, "In stock", false, false)]
    public void Stock_state_tells_the_shopper_what_is_left(int onHand, string label, bool soldOut, bool low)
    {
        var s = StockState.Of(onHand);
        Assert.Multiple(() =>
        {
            Assert.That(s.Label, Is.EqualTo(label));
            Assert.That(s.IsSoldOut, Is.EqualTo(soldOut));
            Assert.That(s.IsLow, Is.EqualTo(low));
        });
    }

    [Test]
    public void A_product_needs_a_positive_price_and_non_negative_stock()
    {
        var p = new Product("Lamp", "lamp", "lmp-1", "", 10m, 1, Now);
        Assert.Multiple(() =>
        {
            Assert.Throws<DomainException>(() => p.Reprice(0m, null));
            Assert.Throws<DomainException>(() => p.Reprice(-1m, null));
            Assert.Throws<DomainException>(() => p.SetStock(-1));
            Assert.That(p.Sku, Is.EqualTo("LMP-1"));
        });
    }

    [Test]
    public void A_product_is_on_sale_only_when_the_compare_at_price_is_higher()
    {
        var p = new Product("Lamp", "lamp", "LMP-1", "", 10m, 1, Now);
        p.Reprice(10m, 12.5m);
        Assert.That(p.IsOnSale, Is.True);
        p.Reprice(10m, 9m);
        Assert.That(p.IsOnSale, Is.False);
    }

    [Test]
    public void A_new_product_is_not_published_until_someone_publishes_it()
    {
        var p = new Product("Lamp", "lamp", "LMP-1", "", 10m, 1, Now);
        Assert.That(p.IsPublished, Is.False);
        p.Publish();
        Assert.That(p.IsPublished, Is.True);
    }

    [Test]
    public void Names_are_required_and_bounded()
    {
        Assert.Throws<DomainException>(() => _ = new Product(" ", "lamp", "LMP-1", "", 10m, 1, Now));
        Assert.Throws<DomainException>(() => _ = new Product(new string('x', 201), "lamp", "LMP-1", "", 10m, 1, Now));
        Assert.Throws<DomainException>(() => _ = new Category("", "x", "", 0));
    }
}
