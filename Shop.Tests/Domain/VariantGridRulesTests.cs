namespace Shop.Tests.Domain;

/// <summary>The rules of staff's variant grid: rows apply together, then SKUs differ and one variant stays on sale.</summary>
public class VariantGridRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    private static Product Tee()
    {
        var p = new Product("Tee", "tee", "TEE", "", 20m, 1, Now);
        p.DefineOptions([("Size", ["S", "M"])]);
        // Ids as the database would give them.
        for (var i = 0; i < p.Variants.Count; i++) typeof(ProductVariant).GetProperty(nameof(ProductVariant.Id))!.SetValue(p.Variants[i], i + 1);
        return p;
    }

    private static VariantChange Row(ProductVariant v, string? sku = null, decimal? price = null, bool? published = null, string? gtin = null) =>
        new(v.Id, sku ?? v.Sku, price ?? v.Price, v.CompareAtPrice, v.WeightGrams, v.ImagePath, published ?? v.IsPublished, v.Content, gtin ?? v.Gtin);

    [Test]
    public void A_barcode_is_kept_as_its_digits_and_one_variant_s_alone()
    {
        var p = Tee();
        p.ChangeVariants([Row(p.Variants[0], gtin: "4006381 333931"), Row(p.Variants[1], gtin: "5901234-123457")]);
        var kept = (p.Variants[0].Gtin, p.Variants[1].Gtin);
        p.ChangeVariant(p.Variants[0].Id, p.Variants[0].Sku, 30m, null, null, null, published: true); // a price edit keeps it

        Assert.Multiple(() =>
        {
            Assert.That(kept, Is.EqualTo(("4006381333931", "5901234123457")));
            Assert.That(p.Variants[0].Gtin, Is.EqualTo("4006381333931"));
            Assert.That(() => p.ChangeVariants([Row(p.Variants[1], gtin: "4006381333931")]),
                Throws.TypeOf<DomainException>().With.Message.Contains("Two variants have the GTIN 4006381333931"));
            Assert.That(() => p.Identify(p.Variants[1].Id, "4006381333932"), Throws.TypeOf<DomainException>().With.Message.Contains("last digit does not check"));
        });
    }

    [Test]
    public void Two_variants_may_not_carry_one_barcode_typed_with_and_without_a_leading_zero()
    {
        var p = Tee();
        p.Identify(p.Variants[0].Id, "4006381333931");

        Assert.That(() => p.Identify(p.Variants[1].Id, "04006381333931"),
            Throws.TypeOf<DomainException>().With.Message.Contains("Two variants have the GTIN"));
    }

    [Test]
    public void Two_variants_can_swap_skus_in_one_save()
    {
        var p = Tee();
        var (s, m) = (p.Variants[0], p.Variants[1]);
        var (skuS, skuM) = (s.Sku, m.Sku);

        p.ChangeVariants([Row(s, sku: skuM), Row(m, sku: skuS)]);

        Assert.That((s.Sku, m.Sku), Is.EqualTo((skuM, skuS)));
    }

    [Test]
    public void Two_variants_with_one_sku_are_refused()
    {
        var p = Tee();

        var e = Assert.Throws<DomainException>(() => p.ChangeVariants([Row(p.Variants[0], sku: "tee-x"), Row(p.Variants[1], sku: "TEE-X")]));

        Assert.That(e!.Message, Is.EqualTo("Two variants have the SKU TEE-X."));
    }

    [Test]
    public void One_variant_stays_on_sale_but_which_one_can_change_in_one_save()
    {
        var p = Tee();
        p.ChangeVariant(p.Variants[1].Id, p.Variants[1].Sku, null, null, null, null, published: false);

        p.ChangeVariants([Row(p.Variants[0], published: false), Row(p.Variants[1], published: true)]);

        Assert.That(p.Variants.Select(v => v.IsPublished), Is.EqualTo(new[] { false, true }));
        Assert.Throws<DomainException>(() => p.ChangeVariants([Row(p.Variants[1], published: false)]));
    }

    [Test]
    public void Repricing_many_gives_each_its_own_price_and_keeps_compare_at_prices()
    {
        var p = Tee();
        p.ChangeVariant(p.Variants[0].Id, p.Variants[0].Sku, 25m, 30m, null, null, published: true);

        p.RepriceVariants([p.Variants[0].Id, p.Variants[1].Id], 18m);

        Assert.That(p.Variants.Select(v => (v.Price, v.CompareAtPrice)), Is.EqualTo(new[] { ((decimal?)18m, (decimal?)30m), (18m, null) }));
        p.RepriceVariants([p.Variants[1].Id], 20m);
        Assert.That(p.Variants[1].Price, Is.Null, "the product's own price is stored as the product's");
        Assert.Throws<DomainException>(() => p.RepriceVariants([p.Variants[1].Id], 0m));
    }

    [Test]
    public void An_empty_picture_is_the_main_picture()
    {
        var p = Tee();

        p.ChangeVariants([Row(p.Variants[0]) with { ImagePath = "" }]);

        Assert.That(p.Variants[0].ImagePath, Is.Null);
    }

    [Test]
    public void Stock_typed_over_the_figure_shown_moves_by_the_difference_from_the_stock_now()
    {
        var edit = new StockEdit(Shown: 5, Typed: 8);

        Assert.That((edit.Delta, edit.From(5), edit.From(3)), Is.EqualTo((3, 8, 6)), "two sold since keep their units");
        Assert.That(new StockEdit(5, 1).From(4), Is.Zero);
        Assert.That(() => new StockEdit(5, 1).From(2), Throws.TypeOf<DomainException>()
            .With.Message.EqualTo("Stock: 1 instead of 5 takes 4 off, but only 2 are in stock now: the stock changed since."));
        Assert.That(() => new StockEdit(0, 10).From(ProductVariant.MaxStock - 5), Throws.TypeOf<DomainException>());
    }
}
