using Shop.Web.Catalog;
using Shop.Web.Data.Seed;

namespace Shop.Tests.Languages;

/// <summary>
/// The demo catalog speaks German and French as if staff had translated it: product and category pages, option words,
/// facets and search; the English pages keep the demo's own words.
/// </summary>
public class DemoCatalogLanguagesTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => new() { ["Shop:Languages"] = "en,de,fr" };

    /// <summary>A T-shirt in sizes and colours, and the first of its variants in stock.</summary>
    private static readonly DemoCatalog.DemoProduct Shirt = DemoCatalog.Products.First(p => p.Options.Select(o => o.Name).SequenceEqual(["Size", "Colour"]));
    private static string Size => Shirt.Variants.First(v => v.Stock > 0).Values[0];
    private static string Colour => Shirt.Variants.First(v => v.Stock > 0).Values[1];
    private static readonly DemoCatalog.DemoProduct Knife = DemoCatalog.Products[0];

    private static string Legend(IDocument page, int option) => page.Text($"form.variant-picker fieldset[data-option='{option}'] legend");

    /// <summary>The words on the option's buttons, without the hidden "(unavailable)" of one not offered with the other choices.</summary>
    private static List<string> Buttons(IDocument page, int option) => page.QuerySelectorAll($"form.variant-picker fieldset[data-option='{option}'] label.option-value")
        .Select(l => string.Concat(l.ChildNodes.OfType<IText>().Select(t => t.Data)).Trim()).ToList();

    /// <summary>What each picture of the gallery shows, as its alt text says (the thumbnails carry it for the main picture).</summary>
    private static List<string> PictureAlts(IDocument page) => page.QuerySelectorAll(".gallery-thumb").Select(a => a.GetAttribute("data-alt")!).ToList();

    private static string In(string language, string english) => DemoTranslations.Of(english, language) ?? throw new AssertionException($"No {language} for {english}");

    [Test]
    public async Task A_German_shopper_reads_a_demo_product_its_description_and_its_colours_in_German()
    {
        var (_, knife) = await Visitor.GetPageAsync($"/de/p/{Knife.Slug}");
        var (_, shirt) = await Visitor.GetPageAsync($"/de/p/{Shirt.Slug}?o1={Uri.EscapeDataString(Size)}&o2={Colour}");
        Assert.Multiple(() =>
        {
            Assert.That(knife.Text("h1"), Is.EqualTo("Klassisches Kochmesser"));
            Assert.That(knife.QuerySelector(".gallery-main img")?.GetAttribute("alt"), Is.EqualTo("Klassisches Kochmesser"),
                "a picture described by the product's name is described by its German name");
            Assert.That(knife.Text(".product-description"), Does.StartWith("Ein 20 cm langes Kochmesser"));
            Assert.That(shirt.Text("h1"), Is.EqualTo(In("de", Shirt.Name)));
            Assert.That(shirt.Text(".product-description"), Is.EqualTo(DemoTranslations.Of(Shirt.Sentences, "de")));
            Assert.That(Legend(shirt, 0), Is.EqualTo($"Größe: {Size}"));
            Assert.That(Legend(shirt, 1), Is.EqualTo($"Farbe: {In("de", Colour)}"));
            Assert.That(Buttons(shirt, 1), Is.EqualTo(Shirt.Options[1].Values.Select(v => In("de", v))));
            Assert.That(shirt.QuerySelectorAll("input[name=o2]").Select(i => i.GetAttribute("value")), Is.EqualTo(Shirt.Options[1].Values),
                "the picker posts the catalog's own values");
            Assert.That(PictureAlts(shirt), Has.All.StartWith(In("de", Shirt.Name)));
            Assert.That(PictureAlts(shirt), Has.Some.AnyOf(Shirt.Options[1].Values.Select(v => (object)$"{In("de", Shirt.Name)}, {In("de", v)}").ToArray()),
                "a colour's picture: the German name and colour");
        });
    }

    [Test]
    public async Task A_French_shopper_reads_a_demo_product_its_description_and_its_colours_in_French()
    {
        var (_, knife) = await Visitor.GetPageAsync($"/fr/p/{Knife.Slug}");
        var (_, shirt) = await Visitor.GetPageAsync($"/fr/p/{Shirt.Slug}?o1={Uri.EscapeDataString(Size)}&o2={Colour}");
        Assert.Multiple(() =>
        {
            Assert.That(knife.Text("h1"), Is.EqualTo("Couteau de chef classique"));
            Assert.That(knife.Text(".product-description"), Does.StartWith("Un couteau de chef de 20 cm"));
            Assert.That(shirt.Text("h1"), Is.EqualTo(In("fr", Shirt.Name)));
            Assert.That(shirt.Text(".product-description"), Is.EqualTo(DemoTranslations.Of(Shirt.Sentences, "fr")));
            Assert.That(Legend(shirt, 1), Is.EqualTo($"Couleur : {In("fr", Colour)}"));
            Assert.That(Buttons(shirt, 1), Is.EqualTo(Shirt.Options[1].Values.Select(v => In("fr", v))));
        });
    }

    [Test]
    public async Task A_list_in_German_or_French_is_in_the_alphabetical_order_of_the_names_it_shows()
    {
        var german = StringComparer.Create(new System.Globalization.CultureInfo("de"), ignoreCase: true);
        var kitchen = DemoCatalog.Products.Where(p => DemoCatalog.Categories[p.CategoryIndex].Slug == "kitchen").ToList();
        var inGermanOrder = kitchen.Select(p => In("de", p.Name)).Order(german).Take(ProductFilter.PageSize).ToList();
        var inEnglishOrder = kitchen.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).Select(p => In("de", p.Name)).Take(ProductFilter.PageSize);
        Assert.That(inGermanOrder, Is.Not.EqualTo(inEnglishOrder), "guard: the two orders differ");

        var (_, küche) = await Visitor.GetPageAsync("/de/c/kitchen");
        var (_, all) = await Visitor.GetPageAsync("/fr/products?sort=name");
        Assert.That(küche.ProductNames(), Is.EqualTo(inGermanOrder));
        Assert.That(all.ProductNames(), Is.Ordered.Using((IComparer<string>)StringComparer.Create(new System.Globalization.CultureInfo("fr"), true)));

        var (_, alle) = await Visitor.GetPageAsync("/de/products");
        var categories = alle.QuerySelectorAll("fieldset[data-facet=category] label span:first-child").Select(s => s.TextContent.Trim()).ToList();
        Assert.That(categories, Is.EqualTo(DemoCatalog.Categories.Select(c => In("de", c.Name)).Order(german)), "the category filter, named and sorted in German");
    }

    [Test]
    public async Task Demo_category_pages_name_the_category_its_products_and_their_colours_in_the_shopper_s_language()
    {
        var (_, kitchen) = await Visitor.GetPageAsync("/de/c/kitchen");
        var (_, cuisine) = await Visitor.GetPageAsync("/fr/c/kitchen");
        var (_, apparel) = await Visitor.GetPageAsync("/de/c/apparel");
        var colours = apparel.QuerySelectorAll("fieldset[data-facet=colour] .form-check").Select(c =>
            (Value: c.QuerySelector("input")!.GetAttribute("value")!, Label: c.QuerySelector("label span")!.TextContent.Trim())).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(kitchen.Text("h1"), Is.EqualTo("Küche"));
            Assert.That(kitchen.Text("main"), Does.Contain("Kochgeschirr, Messer und Küchenhelfer für alle, die gern kochen."));
            Assert.That(kitchen.ProductNames(), Does.Contain("Klassisches Kochmesser").And.Not.Contain(Knife.Name));
            Assert.That(kitchen.Texts(".category-nav a"), Does.Contain("Bekleidung").And.Not.Contain("Apparel"));
            Assert.That(cuisine.Text("h1"), Is.EqualTo("Cuisine"));
            Assert.That(cuisine.Text("main"), Does.Contain("Batterie de cuisine, couteaux et ustensiles"));
            Assert.That(cuisine.ProductNames(), Does.Contain("Couteau de chef classique"));
            Assert.That(colours, Is.Not.Empty);
            Assert.That(colours.Select(c => c.Label), Is.EqualTo(colours.Select(c => In("de", c.Value))), "the colour filter in German, filtering by the catalog's values");
        });
    }

    [Test]
    public async Task German_and_French_searches_find_demo_products_by_their_translated_names()
    {
        var (_, german) = await Visitor.GetPageAsync("/de/search?q=kochmesser");
        var (_, french) = await Visitor.GetPageAsync($"/fr/search?q={Uri.EscapeDataString("couteau de chef")}");
        var (_, colour) = await Visitor.GetPageAsync($"/de/search?q={Uri.EscapeDataString(In("de", Shirt.Name) + " " + In("de", Colour))}");
        var suggest = await Visitor.GetStringAsync("/de/search/suggest?q=kochmesser");
        Assert.Multiple(() =>
        {
            Assert.That(german.ProductNames().Take(3), Does.Contain("Klassisches Kochmesser"));
            Assert.That(french.ProductNames().Take(3), Does.Contain("Couteau de chef classique"));
            Assert.That(colour.ProductNames().First(), Is.EqualTo(In("de", Shirt.Name)));
            Assert.That(suggest, Does.Contain("Klassisches Kochmesser"));
        });
    }

    [Test]
    public async Task The_English_demo_pages_keep_their_own_words()
    {
        var (_, shirt) = await App.Browser().GetPageAsync($"/p/{Shirt.Slug}?o1={Uri.EscapeDataString(Size)}&o2={Colour}");
        var (_, kitchen) = await App.Browser().GetPageAsync("/c/kitchen");
        var (_, search) = await App.Browser().GetPageAsync("/search?q=chef%27s+knife");
        Assert.Multiple(() =>
        {
            Assert.That(shirt.Text("h1"), Is.EqualTo(Shirt.Name));
            Assert.That(shirt.Text(".product-description"), Is.EqualTo(Shirt.Description));
            Assert.That(Legend(shirt, 1), Is.EqualTo($"Colour: {Colour}"));
            Assert.That(Buttons(shirt, 1), Is.EqualTo(Shirt.Options[1].Values));
            Assert.That(PictureAlts(shirt), Has.Some.AnyOf(Shirt.Options[1].Values.Select(v => (object)$"{Shirt.Name}, {v}").ToArray()));
            Assert.That(kitchen.Text("h1"), Is.EqualTo("Kitchen"));
            Assert.That(kitchen.ProductNames(), Does.Contain(Knife.Name).And.Not.Contain("Klassisches Kochmesser"));
            Assert.That(search.ProductNames(), Does.Contain(Knife.Name));
        });
    }
}
