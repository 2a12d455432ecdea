namespace Shop.Tests.Domain;

public class VariantRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    private static Product Shirt() => new("Linen Shirt", "linen-shirt", "LIN-1", "Cool in summer.", 39m, 1, Now);

    /// <summary>Gives the variants ids as the database would on saving (the rules find variants by id).</summary>
    private static void Save(Product p)
    {
        var id = 100;
        foreach (var v in p.Variants.Where(v => v.Id == 0)) typeof(ProductVariant).GetProperty(nameof(ProductVariant.Id))!.SetValue(v, id++);
    }

    private static (string, IReadOnlyList<string>) Option(string name, params string[] values) => (name, values);

    [Test]
    public void A_product_without_options_has_one_default_variant_carrying_its_sku()
    {
        var p = Shirt();
        Assert.That(p.Variants, Has.Count.EqualTo(1));
        Assert.That((p.DefaultVariant.Sku, p.DefaultVariant.Title, p.HasOptions), Is.EqualTo(("LIN-1", "", false)));
        p.ChangeSku("lin-2");
        Assert.That(p.DefaultVariant.Sku, Is.EqualTo("LIN-2"), "the default variant follows the product's SKU");
    }

    [Test]
    public void Generated_skus_keep_to_ascii_letters_digits_and_hyphens_whatever_the_option_values()
    {
        var p = Shirt();
        p.DefineOptions([Option("Farbe", "Grün", "Weiß", "½", "¼")]);

        Assert.That(p.Variants.Select(v => v.Sku), Is.EqualTo(new[] { "LIN-1-GRUEN", "LIN-1-WEISS", "LIN-1-X", "LIN-1-X-2" }));
        Assert.That(p.Variants.Select(v => v.Sku), Has.All.Match("^[A-Z0-9][A-Z0-9-]*[A-Z0-9]$"));
    }

    [Test]
    public void Generated_skus_write_german_letters_out_as_slugs_do_from_the_values_first_four_letters()
    {
        var p = Shirt();
        p.DefineOptions([Option("Größe", "Größe 38", "Übergröße", "XL"), Option("Farbe", "Grün", "Weiß", "Café crème")]);

        Assert.That(p.Variants.Select(v => v.Sku).Take(3), Is.EqualTo(new[] { "LIN-1-GROESS-GRUEN", "LIN-1-GROESS-WEISS", "LIN-1-GROESS-CAFE" }));
        Assert.That(p.VariantWith(["Übergröße", "Grün"])!.Sku, Is.EqualTo("LIN-1-UEBER-GRUEN"));
        Assert.That(p.VariantWith(["XL", "Weiß"])!.Sku, Is.EqualTo("LIN-1-XL-WEISS"), "letters without accents as before");
    }

    [Test]
    public void Skus_made_before_german_letters_were_written_out_stay_as_they_are()
    {
        var p = Shirt();
        p.DefineOptions([Option("Farbe", "Grün")]);
        Save(p);
        var green = p.Variants.Single();
        p.ChangeVariant(green.Id, "LIN-1-GRUN", null, null, null, null, true); // as the shop made it before

        p.DefineOptions([Option("Farbe", "Grün", "Weiß")]);

        Assert.That(p.Variants.Select(v => (v.Id, v.Sku)), Is.EqualTo(new[] { (green.Id, "LIN-1-GRUN"), (0, "LIN-1-WEISS") }));
    }

    [Test]
    public void Options_make_one_variant_per_combination_in_order_with_unique_skus()
    {
        var p = Shirt();
        p.DefineOptions([Option("Size", "S", "M", "L"), Option("Colour", "Blue", "White")]);

        Assert.That(p.Variants.Select(v => v.Title), Is.EqualTo(new[] { "S / Blue", "S / White", "M / Blue", "M / White", "L / Blue", "L / White" }));
        Assert.That(p.Variants.Select(v => v.Sku), Is.Unique);
        Assert.That(p.Variants[0].Sku, Is.EqualTo("LIN-1-S-BLUE"));
        Assert.That(p.VariantWith(["m", "white"])?.Title, Is.EqualTo("M / White"), "values match whatever their case");
    }

    [Test]
    public void The_default_variant_becomes_the_first_combination_and_keeps_its_stock()
    {
        var p = Shirt();
        p.SetStock(7);
        p.DefineOptions([Option("Size", "S", "M")]);
        Assert.That(p.Variants.Select(v => v.StockOnHand), Is.EqualTo(new[] { 7, 0 }));
        Assert.That(p.Stock.OnHand, Is.EqualTo(7));
    }

    [Test]
    public void Redefining_options_keeps_surviving_combinations_and_renamed_values_and_drops_the_rest()
    {
        var p = Shirt();
        p.DefineOptions([Option("Size", "S", "M", "L")]);
        var medium = p.Variants[1];
        p.DefineOptions([Option("Size", "S", "Medium", "L", "XL")]);

        Assert.That(p.Variants.Select(v => v.Title), Is.EqualTo(new[] { "S", "Medium", "L", "XL" }));
        Assert.That(p.Variants[1], Is.SameAs(medium), "a value renamed in place keeps its variant (and its stock, SKU and id)");

        p.DefineOptions([Option("Size", "S", "L")]);
        Assert.That(p.Variants.Select(v => v.Title), Is.EqualTo(new[] { "S", "L" }));
        Assert.That(p.Variants, Does.Not.Contain(medium));
    }

    [Test]
    public void Removing_every_option_leaves_one_default_variant_with_the_products_sku()
    {
        var p = Shirt();
        p.DefineOptions([Option("Size", "S", "M")]);
        p.DefineOptions([]);
        Assert.That(p.Variants, Has.Count.EqualTo(1));
        Assert.That((p.DefaultVariant.Sku, p.DefaultVariant.Title), Is.EqualTo(("LIN-1", "")));
    }

    [Test]
    public void Bad_options_are_refused_with_a_reason()
    {
        var p = Shirt();
        Assert.Multiple(() =>
        {
            Assert.Throws<DomainException>(() => p.DefineOptions([Option("A", "1"), Option("B", "1"), Option("C", "1"), Option("D", "1")]), "four options");
            Assert.Throws<DomainException>(() => p.DefineOptions([Option("Size", "S"), Option("size", "M")]), "two options of one name");
            Assert.Throws<DomainException>(() => p.DefineOptions([Option("Size", "S", "s")]), "a value twice");
            Assert.Throws<DomainException>(() => p.DefineOptions([Option("Size")]), "no values");
            Assert.Throws<DomainException>(() => p.DefineOptions([Option("A", Enumerable.Range(1, 11).Select(i => $"{i}").ToArray()),
                Option("B", Enumerable.Range(1, 10).Select(i => $"{i}").ToArray())]), "110 variants");
        });
        Assert.That(p.Variants, Has.Count.EqualTo(1), "nothing changed");
    }

    [Test]
    public void A_variant_has_its_own_price_or_the_products()
    {
        var p = Shirt();
        p.DefineOptions([Option("Size", "S", "XL")]);
        Save(p);
        var xl = p.Variants[1];
        p.ChangeVariant(xl.Id, xl.Sku, 45m, null, 300, null, published: true);
        p.ChangeVariant(p.Variants[0].Id, p.Variants[0].Sku, 39m, null, null, null, published: true);

        Assert.That((p.PriceOf(xl), xl.Price, xl.WeightGrams), Is.EqualTo((45m, (decimal?)45m, (int?)300)));
        Assert.That(p.Variants[0].Price, Is.Null, "the product's own price is stored as 'the product's'");
        p.Reprice(35m, null);
        Assert.That(p.PriceOf(p.Variants[0]), Is.EqualTo(35m));
    }

    [Test]
    public void A_variant_shows_one_of_the_products_pictures_and_at_least_one_variant_stays_on_sale()
    {
        var p = Shirt();
        p.DefineOptions([Option("Colour", "Blue", "White")]);
        Save(p);
        var white = p.Variants[1];
        Assert.Throws<DomainException>(() => p.ChangeVariant(white.Id, white.Sku, null, null, null, "/elsewhere.jpg", true));
        p.AddImage("/media/products/a-640.webp", "Front");
        p.AddImage("/media/products/b-640.webp", "White shirt");
        p.ChangeVariant(white.Id, white.Sku, null, null, null, "/media/products/b-640.webp", true);
        Assert.That(white.ImagePath, Is.EqualTo("/media/products/b-640.webp"));

        p.ChangeVariant(p.Variants[0].Id, p.Variants[0].Sku, null, null, null, null, published: false);
        Assert.Throws<DomainException>(() => p.ChangeVariant(white.Id, white.Sku, null, null, null, null, published: false));
    }

    [Test]
    public void Stock_counts_published_variants_and_a_product_with_options_takes_stock_per_variant()
    {
        var p = Shirt();
        p.DefineOptions([Option("Size", "S", "M")]);
        Save(p);
        Assert.Throws<DomainException>(() => p.SetStock(3), "which variant?");
        Assert.Throws<DomainException>(() => p.SetStock(p.Variants[0].Id, -1));
        Assert.That(p.Stock.IsSoldOut, Is.True);
    }

    [Test]
    public void The_gallery_keeps_an_order_and_its_first_picture_is_the_main_one()
    {
        var p = Shirt();
        p.AddImage("/a-640.webp", "A");
        p.AddImage("/b-640.webp", "B");
        Assert.That(p.ImagePath, Is.EqualTo("/a-640.webp"));
        p.RemoveImage(p.Images[0].Id);
        Assert.That(p.ImagePath, Is.EqualTo("/b-640.webp"));
        for (var i = 0; i < Product.MaxImages - 1; i++) p.AddImage($"/{i}.jpg", null);
        Assert.Throws<DomainException>(() => p.AddImage("/too-many.jpg", null));
    }

    [Test]
    public void An_order_line_names_the_variant_as_sold()
    {
        Assert.That(Shop.Domain.Ordering.OrderLine.NameWithVariant("Linen Shirt", "M / Blue"), Is.EqualTo("Linen Shirt — M / Blue"));
        Assert.That(Shop.Domain.Ordering.OrderLine.NameWithVariant("Lamp", ""), Is.EqualTo("Lamp"));
    }
}
