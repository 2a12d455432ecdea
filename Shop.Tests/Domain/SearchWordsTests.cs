using Shop.Domain.Search;

namespace Shop.Tests.Domain;

public class SearchWordsTests
{
    [TestCase("Café chef's KNIFE", new[] { "cafe", "chefs", "knife" })]
    [TestCase("  pour-over/kettle!!  ", new[] { "pour", "over", "kettle" })]
    [TestCase("Größe 42", new[] { "grosse", "42" })]
    [TestCase("L'huile d’olive qu'il aime", new[] { "huile", "olive", "il", "aime" })]
    [TestCase("rock n' roll, o'clock", new[] { "rock", "n", "roll", "oclock" })]
    [TestCase("", new string[0])]
    [TestCase("\" OR 1=1 --", new[] { "or", "1", "1" })]
    public void Text_is_read_as_lower_case_words_without_accents(string text, string[] words) =>
        Assert.That(SearchWords.Of(text), Is.EqualTo(words));

    [TestCase("chairs", "chair")]
    [TestCase("lamps", "lamp")]
    [TestCase("benches", "bench")]
    [TestCase("glasses", "glass")]
    [TestCase("boxes", "box")]
    [TestCase("batteries", "battery")]
    [TestCase("knives", "knife")]
    [TestCase("shelves", "shelf")]
    [TestCase("vases", "vase")]
    [TestCase("kettles", "kettle")]
    [TestCase("bedding", "bed")]
    [TestCase("camping", "camp")]
    [TestCase("lighting", "light")]
    public void Word_forms_fold_to_one_stem(string form, string word) =>
        Assert.That(SearchWords.Stem(form), Is.EqualTo(SearchWords.Stem(word)));

    [TestCase("glass")]
    [TestCase("tennis")]
    [TestCase("cactus")]
    [TestCase("string")]
    [TestCase("mug")]
    public void Words_that_only_look_plural_keep_their_meaning(string word) =>
        Assert.That(SearchWords.Stem(word + (word.EndsWith('s') ? "" : "s")), Is.EqualTo(SearchWords.Stem(word)).Or.EqualTo(word));

    [Test]
    public void Different_words_stay_apart()
    {
        Assert.That(SearchWords.Stem("lamp"), Is.Not.EqualTo(SearchWords.Stem("lamb")));
        Assert.That(SearchWords.Stem("chair"), Is.Not.EqualTo(SearchWords.Stem("chain")));
        Assert.That(SearchWords.Stem("string"), Is.EqualTo("string"), "-ing is only folded off what leaves a stem of four letters");
    }

    [TestCase("chiar", "chair", true, Description = "two letters swapped")]
    [TestCase("lmap", "lamp", true, Description = "swapped in a four-letter word")]
    [TestCase("kettel", "kettle", true)]
    [TestCase("ketle", "kettle", true, Description = "a letter missing")]
    [TestCase("kettlle", "kettle", true, Description = "a letter extra")]
    [TestCase("kettke", "kettle", true, Description = "a letter wrong")]
    [TestCase("lamb", "lamp", false, Description = "a wrong letter in a four-letter word is another word")]
    [TestCase("lam", "lamp", false, Description = "too short to guess")]
    [TestCase("kettle", "kettle", false, Description = "no slip at all")]
    [TestCase("ktetel", "kettle", false, Description = "two slips")]
    [TestCase("chairs", "chair", true)]
    public void One_slip_is_forgiven_in_words_long_enough(string typed, string known, bool forgiven) =>
        Assert.That(SearchWords.OneSlipApart(typed, known), Is.EqualTo(forgiven));
}
