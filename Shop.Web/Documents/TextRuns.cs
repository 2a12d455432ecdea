using System.Globalization;
using System.Text;

namespace Shop.Web.Documents;

/// <summary>A piece of a line drawn in one face: <see cref="Face"/> indexes the faces a <see cref="PrintedFont"/> tries.</summary>
public readonly record struct TextRun(string Text, int Face);

/// <summary>
/// A line cut into runs, each drawn in the first face that has its characters (the main face first, then the fallbacks).
/// Spaces, combining marks and joiners stay in the run they follow when its face has them, so runs stay few. A character
/// no face has prints as the replacement mark "�" (never an empty box, which reads like the kanji 口); an invisible one
/// (a joiner, a variation selector, a skin tone) no face has is left out.
/// </summary>
public static class TextRuns
{
    public const int Replacement = 0xFFFD;

    public static IReadOnlyList<TextRun> Split(string text, IReadOnlyList<Func<int, bool>> faces)
    {
        var runs = new List<TextRun>();
        var run = new StringBuilder();
        var face = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var chosen = run.Length > 0 && Clings(rune) && faces[face](rune.Value) ? face : First(faces, rune.Value);
            var piece = rune.ToString();
            if (chosen < 0)
            {
                if (Invisible(rune)) continue;
                (chosen, piece) = (0, faces[0](Replacement) ? char.ConvertFromUtf32(Replacement) : "?");
            }
            if (chosen != face && run.Length > 0)
            {
                runs.Add(new TextRun(run.ToString(), face));
                run.Clear();
            }
            face = chosen;
            run.Append(piece);
        }
        if (run.Length > 0) runs.Add(new TextRun(run.ToString(), face));
        return runs;
    }

    private static int First(IReadOnlyList<Func<int, bool>> faces, int codePoint)
    {
        for (var i = 0; i < faces.Count; i++)
            if (faces[i](codePoint)) return i;
        return -1;
    }

    private static bool Clings(Rune rune) => Rune.IsWhiteSpace(rune) || Invisible(rune)
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.SpacingCombiningMark;

    private static bool Invisible(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
        || rune.Value is >= 0x1F3FB and <= 0x1F3FF; // skin tones: without a face for them the emoji prints plain
}
