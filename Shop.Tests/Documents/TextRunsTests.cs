using Shop.Web.Documents;

namespace Shop.Tests.Documents;

/// <summary>How a line is cut into runs, each drawn in the first face that has its characters (faces here are plain rules).</summary>
public class TextRunsTests
{
    private static readonly Func<int, bool> Latin = c => c < 0x0250 || c == TextRuns.Replacement || c == 0x200D;
    private static readonly Func<int, bool> Cjk = c => c is >= 0x3000 and < 0xA000 or >= 0xFF00 and < 0xFFF0 || c == ' ' || c is >= '0' and <= '9';
    private static readonly Func<int, bool> Emoji = c => c is >= 0x1F300 and < 0x1F3FB or > 0x1F3FF and < 0x1FA00; // no skin tones

    private static IReadOnlyList<TextRun> Split(string text, params Func<int, bool>[] faces) => TextRuns.Split(text, faces.Length == 0 ? [Latin, Cjk, Emoji] : faces);

    [Test]
    public void A_line_the_main_face_has_is_one_run()
    {
        Assert.That(Split("Ada Lovelace, 12 Analytical Row"), Is.EqualTo(new[] { new TextRun("Ada Lovelace, 12 Analytical Row", 0) }));
    }

    [Test]
    public void Japanese_goes_to_the_first_fallback_that_has_it_and_back_to_the_main_face_after()
    {
        Assert.That(Split("Shipped to 山田 太郎 (Tokyo)"), Is.EqualTo(new[]
        {
            new TextRun("Shipped to ", 0), new TextRun("山田 太郎 ", 1), new TextRun("(Tokyo)", 0),
        }), "the space between family and given name stays in the Japanese run");
    }

    [Test]
    public void Digits_both_faces_have_stay_in_the_main_face()
    {
        Assert.That(Split("東京都千代田区千代田1-1"), Is.EqualTo(new[] { new TextRun("東京都千代田区千代田", 1), new TextRun("1-1", 0) }));
    }

    [Test]
    public void An_emoji_beyond_sixteen_bits_is_one_run_of_its_two_chars_and_a_joiner_or_selector_no_face_has_is_left_out()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Split("Gift 🎁 for Mia"), Is.EqualTo(new[] { new TextRun("Gift ", 0), new TextRun("🎁", 2), new TextRun(" for Mia", 0) }));
            Assert.That(Split("❤\uFE0F🎁\uFE0F"), Is.EqualTo(new[] { new TextRun("\uFFFD", 0), new TextRun("🎁", 2) }),
                "a heart no face has prints as the replacement mark; the variation selectors are invisible and dropped");
            Assert.That(Split("👍🏽"), Is.EqualTo(new[] { new TextRun("👍", 2) }), "a skin tone no face has is dropped, the hand prints plain");
        });
    }

    [Test]
    public void A_character_no_face_has_prints_as_the_replacement_mark_in_the_main_face_never_as_a_box()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Split("山田 Taro", Latin), Is.EqualTo(new[] { new TextRun("\uFFFD\uFFFD Taro", 0) }), "no fallback installed");
            Assert.That(Split("山", c => c < 0x80), Is.EqualTo(new[] { new TextRun("?", 0) }), "a main face without the replacement mark prints '?'");
            Assert.That(Split(""), Is.Empty);
        });
    }
}
