using Shop.Domain.Search;

namespace Shop.Tests.Domain;

public class ProductIndexTests
{
    private static readonly DateTimeOffset Day = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static IndexedProduct Shirt(int id, string name, params (string Size, string Colour, decimal Price, int Stock)[] variants) =>
        new(id, name, $"SH-{id}", "A soft cotton shirt for every day.", "Clothing", "clothing", Day.AddDays(id), ["Size", "Colour"],
            variants.Select((v, i) => new IndexedVariant($"SH-{id}-{i}", [v.Size, v.Colour], v.Price, v.Stock)).ToList());

    private static IndexedProduct Simple(int id, string name, string category, decimal price, int stock, string description = "") =>
        new(id, name, $"P-{id}", description, category, category.ToLowerInvariant(), Day.AddDays(id), [], [new IndexedVariant($"P-{id}", [], price, stock)]);

    private static readonly ProductIndex Index = new([
        Shirt(1, "Oxford Shirt", ("M", "Blue", 40, 3), ("L", "Blue", 40, 0), ("M", "Red", 45, 2)),
        Shirt(2, "Linen Shirt", ("M", "White", 60, 1), ("L", "Red", 60, 4)),
        Simple(3, "Folding Camping Chair", "Outdoor", 35, 5, "Packs flat for the car."),
        Simple(4, "Desk Lamp", "Lighting", 45, 0, "A lamp for the desk."),
        Simple(5, "Floor Lamp", "Lighting", 120, 2),
        Simple(6, "Reading Chair", "Furniture", 300, 1, "Sit by the floor lamp."),
    ]);

    private static SearchResult Find(string? text, FacetChoice? facets = null, string? category = null, ProductSort sort = ProductSort.Relevance) =>
        Index.Search(new SearchQuery(text, category, facets ?? FacetChoice.None, sort, 1, 24));

    private static List<string> Names(SearchResult r) => r.Products.Select(p => p.Name).ToList();

    [Test]
    public void Name_matches_rank_above_description_matches()
    {
        Assert.That(Names(Find("floor lamp")), Is.EqualTo(new[] { "Floor Lamp", "Reading Chair" }));
        Assert.That(Names(Find("lamps")), Is.EqualTo(new[] { "Desk Lamp", "Floor Lamp", "Reading Chair" }).Or.EqualTo(new[] { "Floor Lamp", "Desk Lamp", "Reading Chair" }));
    }

    [Test]
    public void Whole_words_rank_above_starts_of_words()
    {
        var found = Names(Find("camp"));
        Assert.That(found, Is.EqualTo(new[] { "Folding Camping Chair" }), "camp finds camping");
        Assert.That(Names(Find("chair"))[..2], Is.EquivalentTo(new[] { "Folding Camping Chair", "Reading Chair" }));
    }

    [Test]
    public void A_slip_still_finds_and_offers_the_spelling()
    {
        var found = Find("chiars");
        Assert.That(Names(found), Is.EquivalentTo(new[] { "Folding Camping Chair", "Reading Chair" }));
        Assert.That(found.DidYouMean, Is.EqualTo("chair"));
        Assert.That(Find("chairs").DidYouMean, Is.Null, "words found as typed need no correction");
    }

    [Test]
    public void A_German_plural_finds_the_word_it_is_formed_from()
    {
        var german = new ProductIndex([
            Simple(1, "Leinenhemd", "Bekleidung", 50, 3, "Ein Hemd aus Leinen."),
            Simple(2, "Stehlampe", "Leuchten", 90, 1, "Eine Lampe für jedes Zimmer."),
            Simple(3, "Weinglas", "Küche", 12, 5, "Ein Glas für Rotwein."),
            Simple(4, "Stuhl", "Möbel", 120, 2),
            Simple(5, "Kaffeetasse", "Küche", 16, 4, "Eine Tasse für den Morgen."),
        ]);
        SearchResult In(string text) => german.Search(new SearchQuery(text, null, FacetChoice.None, ProductSort.Relevance, 1, 24));

        Assert.Multiple(() =>
        {
            Assert.That(In("Hemden").Products.Select(p => p.Name), Is.EqualTo(new[] { "Leinenhemd" }));
            Assert.That(In("Lampen").Products.Select(p => p.Name), Is.EqualTo(new[] { "Stehlampe" }));
            Assert.That(In("Gläser").Products.Select(p => p.Name), Is.EqualTo(new[] { "Weinglas" }));
            Assert.That(In("Stühle").Products.Select(p => p.Name), Is.EqualTo(new[] { "Stuhl" }));
            Assert.That(In("Tassen").Products.Select(p => p.Name), Is.EqualTo(new[] { "Kaffeetasse" }));
            Assert.That(In("Hemden").DidYouMean, Is.Null, "a word form, not a slip");
            Assert.That(Names(Find("lamps")), Has.Count.EqualTo(3), "English forms as before");
        });
    }

    [Test]
    public void French_words_meet_past_elisions_accents_and_plurals()
    {
        var french = new ProductIndex([
            Simple(1, "L'huile d'olive vierge extra", "Épicerie", 14, 3, "Une huile pressée à froid."),
            Simple(2, "Chapeau de paille", "Accessoires", 35, 2, "Un chapeau pour l'été."),
            Simple(3, "Bocal en verre", "Cuisine", 9, 5, "Un bocal hermétique."),
            Simple(4, "Thé vert", "Épicerie", 8, 4, "Un thé du Japon."),
            Simple(5, "Chemise en lin", "Vêtements", 60, 1),
        ]);
        List<string> In(string text) => french.Search(new SearchQuery(text, null, FacetChoice.None, ProductSort.Relevance, 1, 24))
            .Products.Select(p => p.Name).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(In("olive"), Is.EqualTo(new[] { "L'huile d'olive vierge extra" }), "d'olive is olive");
            Assert.That(In("huile olive"), Is.EqualTo(new[] { "L'huile d'olive vierge extra" }));
            Assert.That(In("l'huile"), Is.EqualTo(new[] { "L'huile d'olive vierge extra" }), "typed with its article");
            Assert.That(In("l’huile"), Is.EqualTo(new[] { "L'huile d'olive vierge extra" }), "a typographic apostrophe");
            Assert.That(In("ete"), Is.EqualTo(new[] { "Chapeau de paille" }), "l'été is été, accents dropped");
            Assert.That(In("chapeaux"), Is.EqualTo(new[] { "Chapeau de paille" }), "a plural in -x");
            Assert.That(In("bocaux"), Is.EqualTo(new[] { "Bocal en verre" }), "a plural in -aux");
            Assert.That(In("chemises"), Is.EqualTo(new[] { "Chemise en lin" }));
            Assert.That(In("the"), Is.EqualTo(new[] { "Thé vert" }), "thé typed without its accent");
            Assert.That(In("thés"), Is.EqualTo(new[] { "Thé vert" }));
        });
    }

    [Test]
    public void An_exact_sku_comes_alone_and_first()
    {
        Assert.That(Names(Find("sh-2-1")), Is.EqualTo(new[] { "Linen Shirt" }));
        Assert.That(Names(Find("P-5")), Is.EqualTo(new[] { "Floor Lamp" }));
    }

    [Test]
    public void When_no_product_has_every_word_the_ones_with_some_are_shown()
    {
        var found = Find("lamp zeppelin");
        Assert.That(found.SomeWordsOnly, Is.True);
        Assert.That(Names(found), Does.Contain("Desk Lamp"));
        Assert.That(Find("zeppelin").Total, Is.Zero);
    }

    [Test]
    public void Values_of_one_facet_or_together_and_facets_and_together()
    {
        var red = new FacetChoice { Options = new Dictionary<string, IReadOnlySet<string>> { ["colour"] = new HashSet<string> { "red" } } };
        Assert.That(Names(Find(null, red)), Is.EquivalentTo(new[] { "Oxford Shirt", "Linen Shirt" }), "values ignore case");

        var redOrWhiteInM = new FacetChoice
        {
            Options = new Dictionary<string, IReadOnlySet<string>> { ["colour"] = new HashSet<string> { "Red", "White" }, ["size"] = new HashSet<string> { "M" } },
        };
        Assert.That(Names(Find(null, redOrWhiteInM)), Is.EquivalentTo(new[] { "Oxford Shirt", "Linen Shirt" }));

        var blueInStockInL = new FacetChoice
        {
            InStock = true,
            Options = new Dictionary<string, IReadOnlySet<string>> { ["colour"] = new HashSet<string> { "Blue" }, ["size"] = new HashSet<string> { "L" } },
        };
        Assert.That(Find(null, blueInStockInL).Total, Is.Zero, "one variant must fit every facet: the blue L is sold out");
    }

    [Test]
    public void A_values_count_is_what_ticking_it_would_show()
    {
        var blue = new FacetChoice { Options = new Dictionary<string, IReadOnlySet<string>> { ["colour"] = new HashSet<string> { "Blue" } } };
        var facets = Find(null, blue).Facets;
        var colour = facets.Single(f => f.Key == "colour");
        Assert.Multiple(() =>
        {
            Assert.That(colour.Values.Single(v => v.Value == "Blue"), Is.EqualTo(new FacetValue("Blue", "Blue", 1, true)));
            Assert.That(colour.Values.Single(v => v.Value == "Red").Count, Is.EqualTo(2), "its own facet does not narrow its counts");
            Assert.That(facets.Single(f => f.Key == "size").Values.Select(v => (v.Value, v.Count)), Is.EqualTo(new[] { ("M", 1), ("L", 1) }));
            Assert.That(facets.Single(f => f.Key == "category").Values.Select(v => (v.Value, v.Count)),
                Is.EqualTo(new[] { ("clothing", 1) }), "categories with no blue product drop out");
            Assert.That(facets.Single(f => f.Key == "instock").Values.Single().Count, Is.EqualTo(1));
        });
    }

    [Test]
    public void Price_bands_and_categories_filter_and_count()
    {
        var cheap = new FacetChoice { PriceBands = new HashSet<PriceBand> { PriceBand.Parse("25-50")! } };
        Assert.That(Names(Find(null, cheap, sort: ProductSort.PriceLow)), Is.EqualTo(new[] { "Folding Camping Chair", "Oxford Shirt", "Desk Lamp" }));
        var lighting = new FacetChoice { Categories = new HashSet<string> { "lighting", "outdoor" } };
        Assert.That(Find(null, lighting).Total, Is.EqualTo(3));
        var prices = Find(null).Facets.Single(f => f.Key == "price").Values;
        Assert.That(prices.Select(v => (v.Value, v.Count)), Is.EqualTo(new[] { ("25-50", 3), ("50-100", 1), ("100-250", 1), ("250-500", 1) }));
    }

    [Test]
    public void Unknown_options_are_ignored_and_a_category_page_has_no_category_facet()
    {
        var junk = new FacetChoice { Options = new Dictionary<string, IReadOnlySet<string>> { ["utm_source"] = new HashSet<string> { "mail" } } };
        Assert.That(Find(null, junk).Total, Is.EqualTo(6));
        var lighting = Find(null, category: "lighting");
        Assert.That(lighting.Total, Is.EqualTo(2));
        Assert.That(lighting.Facets.Select(f => f.Key), Does.Not.Contain("category"));
    }

    [Test]
    public void Pages_past_the_end_show_the_last_page()
    {
        var result = Index.Search(new SearchQuery(null, null, FacetChoice.None, ProductSort.Name, 99, 4));
        Assert.That((result.Page, result.Products.Count), Is.EqualTo((2, 2)));
    }

    [Test]
    public void Categories_are_suggested_by_their_names()
    {
        Assert.That(Index.CategoriesNamed("light").Select(c => c.Name), Is.EqualTo(new[] { "Lighting" }));
        Assert.That(Index.CategoriesNamed("furnitrue").Select(c => c.Name), Is.EqualTo(new[] { "Furniture" }));
        Assert.That(Index.CategoriesNamed("   "), Is.Empty);
    }

    [Test]
    public void Translated_names_and_categories_find_the_product_as_its_own_words_do()
    {
        var index = new ProductIndex([
            Simple(1, "Desk Lamp", "Lighting", 45, 2) with { Translations = [new IndexedTranslation("de", "Schreibtischleuchte", "", "Beleuchtung")] },
            Simple(2, "Floor Lamp", "Lighting", 120, 2),
            Simple(3, "Reading Chair", "Furniture", 300, 1) with { Translations = [new IndexedTranslation("fr", "", "", "Meubles")] },
        ]);
        List<string> Search(string text) => index.Search(new SearchQuery(text, null, FacetChoice.None, ProductSort.Relevance, 1, 24)).Products.Select(p => p.Name).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(Search("schreibtischleuchte"), Is.EqualTo(new[] { "Desk Lamp" }), "the product is found; the page shows it in the shopper's language");
            Assert.That(Search("schreibtisch"), Is.EqualTo(new[] { "Desk Lamp" }), "the start of a translated word");
            Assert.That(Search("lamp"), Is.EqualTo(new[] { "Desk Lamp", "Floor Lamp" }), "its own name still finds it");
            Assert.That(Search("meubles"), Is.EqualTo(new[] { "Reading Chair" }));
            Assert.That(index.CategoriesNamed("meuble").Select(c => c.Slug), Is.EqualTo(new[] { "furniture" }));
            Assert.That(index.CategoriesNamed("beleuchtung").Select(c => c.Slug), Is.EqualTo(new[] { "lighting" }),
                "a category translated through any of its products");
        });
    }

    [Test]
    public void What_the_shopper_reads_ranks_above_words_only_another_language_has()
    {
        var index = new ProductIndex([
            Simple(1, "Amber Lantern", "Lighting", 40, 2) with { Translations = [new("fr", "Lampe tempête", "", "")] },
            Simple(2, "Desk Lamp", "Lighting", 45, 2) with { Translations = [new("fr", "Lampe de bureau", "", ""), new("de", "Schreibtischleuchte", "", "")] },
            Simple(3, "Floor Lamp", "Lighting", 120, 2),
        ]);
        List<string> In(string? language, string text) =>
            Names(index.Search(new SearchQuery(text, null, FacetChoice.None, ProductSort.Relevance, 1, 24, language)));

        Assert.Multiple(() =>
        {
            Assert.That(In(null, "lamp"), Is.EqualTo(new[] { "Desk Lamp", "Floor Lamp", "Amber Lantern" }),
                "the lantern is a lamp only in French: found, after the shop's own lamps");
            Assert.That(In("de", "lamp"), Is.EqualTo(new[] { "Floor Lamp", "Desk Lamp", "Amber Lantern" }),
                "the shop's own words count in full in every language; ties read in German (Floor Lamp, Schreibtischleuchte)");
            Assert.That(In("fr", "lampe"), Is.EqualTo(new[] { "Floor Lamp", "Desk Lamp", "Amber Lantern" }),
                "in French all three are lamps, in the order French shoppers read them (Floor Lamp, Lampe de bureau, Lampe tempête)");
        });
    }

    [Test]
    public void A_list_in_another_language_is_in_its_names_alphabetical_order()
    {
        var index = new ProductIndex([
            Simple(1, "Armchair", "Home", 300, 1) with { Translations = [new("de", "Sessel", "", "")] },
            Simple(2, "Blanket", "Home", 60, 1) with { Translations = [new("de", "Überwurf", "", "")] },
            Simple(3, "Table", "Home", 200, 1) with { Translations = [new("de", "Tisch", "", "")] },
            Simple(4, "Vase", "Home", 30, 1),
        ]);
        List<string> In(string? language) => Names(index.Search(new SearchQuery(null, null, FacetChoice.None, ProductSort.Name, 1, 24, language)));

        Assert.That(In(null), Is.EqualTo(new[] { "Armchair", "Blanket", "Table", "Vase" }));
        Assert.That(In("de"), Is.EqualTo(new[] { "Armchair", "Table", "Blanket", "Vase" }), "Sessel, Tisch, Überwurf (Ü with U), Vase");
    }

    [Test]
    public void The_category_facet_names_and_orders_categories_as_the_shopper_reads_them()
    {
        var index = new ProductIndex([
            Simple(1, "Chef's Knife", "Kitchen", 60, 1) with { Translations = [new("de", "Kochmesser", "", "Küche")] },
            Simple(2, "Linen Shirt", "Apparel", 50, 1) with { Translations = [new("de", "Leinenhemd", "", "Bekleidung")] },
            Simple(3, "Desk Lamp", "Lighting", 45, 1) with { Translations = [new("de", "", "", "Beleuchtung")] },
            Simple(4, "Notebook", "Stationery", 9, 1),
        ]);
        List<string> Categories(string? language) => index.Search(new SearchQuery(null, null, FacetChoice.None, ProductSort.Name, 1, 24, language))
            .Facets.Single(f => f.Key == Facet.Category).Values.Select(v => v.Label).ToList();

        Assert.That(Categories(null), Is.EqualTo(new[] { "Apparel", "Kitchen", "Lighting", "Stationery" }));
        Assert.That(Categories("de"), Is.EqualTo(new[] { "Bekleidung", "Beleuchtung", "Küche", "Stationery" }), "an untranslated one by its own name");
    }

    [Test]
    public void A_slip_is_corrected_to_a_word_the_shopper_reads()
    {
        var index = new ProductIndex([
            Simple(1, "Reading Chair", "Furniture", 300, 1) with { Translations = [new("fr", "Chaise de lecture", "", "")] },
            Simple(2, "Kitchen Stool", "Furniture", 80, 1) with { Translations = [new("fr", "Chaise haute", "", "")] },
        ]);
        SearchResult In(string? language) => index.Search(new SearchQuery("chaie", null, FacetChoice.None, ProductSort.Relevance, 1, 24, language));

        Assert.Multiple(() =>
        {
            Assert.That(In(null).DidYouMean, Is.EqualTo("chair"), "one slip from chair and from chaise: an English shopper reads chair");
            Assert.That(Names(In(null)), Is.EqualTo(new[] { "Reading Chair", "Kitchen Stool" }));
            Assert.That(In("fr").DidYouMean, Is.EqualTo("chaise"), "a French shopper reads both; chaise names more products");
        });
    }

    [Test]
    public void Stock_read_again_changes_what_is_in_stock_and_nothing_else()
    {
        var inStock = new FacetChoice { InStock = true };
        var moved = Index.WithStock(new Dictionary<string, int> { ["P-4"] = 7, ["SH-1-0"] = 0, ["SH-1-2"] = 0 });

        Assert.That(Names(moved.Search(new SearchQuery("lamp", null, inStock, ProductSort.Relevance, 1, 24))), Does.Contain("Desk Lamp"));
        Assert.That(Names(Find("lamp", inStock)), Does.Not.Contain("Desk Lamp"), "the index it came from is unchanged");
        Assert.That(moved.Products.Single(p => p.Id == 1).Stock, Is.Zero, "the product's total follows its variants");
        Assert.That(Names(moved.Search(new SearchQuery("oxfrd", null, FacetChoice.None, ProductSort.Relevance, 1, 24))), Is.EqualTo(new[] { "Oxford Shirt" }));
        Assert.That(Index.WithStock(new Dictionary<string, int> { ["P-5"] = 2 }), Is.SameAs(Index), "nothing moved: the same index");
    }
}
