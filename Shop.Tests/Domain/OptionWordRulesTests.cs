namespace Shop.Tests.Domain;

public class OptionWordRulesTests
{
    [Test]
    public void A_translation_keeps_the_word_as_the_catalog_writes_it_trimmed_and_its_language_in_lower_case()
    {
        var t = new OptionWordTranslation(" DE ", " Colour ", " Farbe ");
        Assert.That((t.Language, t.Word, t.Translation), Is.EqualTo(("de", "Colour", "Farbe")));
        t.Change("Farbton");
        Assert.That(t.Translation, Is.EqualTo("Farbton"));
    }

    [Test]
    public void A_word_and_its_translation_are_required_and_no_longer_than_an_option_value()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => new OptionWordTranslation("de", " ", "Rot"), Throws.TypeOf<DomainException>().With.Message.Contains("word is required"));
            Assert.That(() => new OptionWordTranslation("de", "Red", ""), Throws.TypeOf<DomainException>().With.Message.Contains("translation of Red is required"));
            Assert.That(() => new OptionWordTranslation("", "Red", "Rot"), Throws.TypeOf<DomainException>());
            Assert.That(() => new OptionWordTranslation("de", new string('x', OptionWordTranslation.WordMax + 1), "Rot"), Throws.TypeOf<DomainException>());
            Assert.That(() => new OptionWordTranslation("de", "Red", new string('x', OptionWordTranslation.TranslationMax + 1)),
                Throws.TypeOf<DomainException>().With.Message.Contains("longer than 40"));
            Assert.That(new OptionWordTranslation("de", new string('x', 40), new string('y', 40)).Translation, Has.Length.EqualTo(40));
        });
    }

    [Test]
    public void A_glossary_matches_words_whatever_their_case_and_leaves_the_others_as_they_are()
    {
        var german = new OptionGlossary([new("de", "Red", "Rot"), new("de", "Colour", "Farbe")]);
        Assert.Multiple(() =>
        {
            Assert.That(german.Word("Red"), Is.EqualTo("Rot"));
            Assert.That(german.Word("RED"), Is.EqualTo("Rot"), "values are one word whatever their case, as within an option");
            Assert.That(german.Word("M"), Is.EqualTo("M"), "a word without a translation shows as it is");
            Assert.That(german.TitleOf("M", "red", null), Is.EqualTo("M / Rot"));
            Assert.That(german.TitleOf(["Red", "XL"]), Is.EqualTo("Rot / XL"));
            Assert.That(german.TitleOf(null, null, null), Is.Empty);
        });
    }

    [Test]
    public void No_glossary_writes_titles_as_the_catalog_does()
    {
        Assert.Multiple(() =>
        {
            Assert.That(OptionGlossary.None.IsEmpty);
            Assert.That(OptionGlossary.None.TitleOf("M", "Red", null), Is.EqualTo(ProductVariant.TitleOf("M", "Red", null)).And.EqualTo("M / Red"));
            Assert.That(OptionGlossary.None.Word("Red"), Is.EqualTo("Red"));
        });
    }

    [Test]
    public void The_same_word_twice_in_other_cases_does_not_break_a_glossary()
    {
        var glossary = new OptionGlossary([new("de", "Red", "Rot"), new("de", "red", "rot")]);
        Assert.That(glossary.Word("RED"), Is.EqualTo("Rot"), "the first one read");
    }

    [Test]
    public void Two_values_that_would_read_alike_are_a_clash_and_a_value_named_twice_is_not()
    {
        var german = new OptionGlossary([new("de", "Navy", "Blau"), new("de", "Blue", "blau"), new("de", "Red", "Rot")]);
        var untranslatedTwin = new OptionGlossary([new("de", "Navy", "Blue")]);
        Assert.Multiple(() =>
        {
            Assert.That(german.Clash(["Red", "Navy", "Blue"]), Is.EqualTo(("Navy", "Blue", "blau")), "case does not tell two words apart");
            Assert.That(untranslatedTwin.Clash(["Blue", "Navy"]), Is.EqualTo(("Blue", "Navy", "Blue")), "a translation meeting a word left as it is");
            Assert.That(german.Clash(["Red", "Navy"]), Is.Null);
            Assert.That(OptionGlossary.None.Clash(["Red", "red"]), Is.Null, "the same value, whatever its case, is not two");
        });
    }
}
