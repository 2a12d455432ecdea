using System.Globalization;
using System.Text;

namespace Shop.Domain.Search;

/// <summary>
/// How search reads text, the same for what shoppers type and what products say: lower case, accents dropped, split on
/// anything that is not a letter or digit; words folded to one form ("chairs", "chair" → "chair"); and one slip of the
/// keyboard forgiven ("chiar" → "chair").
/// </summary>
public static class SearchWords
{
    /// <summary>Words after these many are ignored: a search is a few words, not a paragraph.</summary>
    public const int MaxWords = 8;

    /// <summary>A word this long may have one wrong, missing or extra letter; one letter shorter, two letters swapped.</summary>
    public const int SlipLength = 5;

    /// <summary>
    /// The words of a text, in order, lower case and without accents ("Café chef's" → "cafe", "chefs"); a French elision
    /// is left out ("l'huile" → "huile").
    /// </summary>
    public static List<string> Of(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text)) return words;
        var word = new StringBuilder();
        var plain = text.Normalize(NormalizationForm.FormD);
        for (var i = 0; i < plain.Length; i++)
        {
            var c = plain[i];
            if (char.IsLetterOrDigit(c)) word.Append(c == 'ß' ? "ss" : char.ToLowerInvariant(c).ToString());
            else if (c is '\'' or '’' && i + 1 < plain.Length && char.IsLetter(plain[i + 1]) && Elided.Contains(word.ToString())) word.Clear();
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’') continue;
            else Flush();
        }
        Flush();
        return words;

        void Flush()
        {
            if (word.Length > 0) words.Add(word.ToString());
            word.Clear();
        }
    }

    /// <summary>French words elided before a vowel ("l'huile", "d'olive", "qu'il"): the word after the apostrophe is the one read.</summary>
    private static readonly HashSet<string> Elided = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"];

    /// <summary>
    /// The form a word is compared in: plurals, -ing and a final e folded ("lamps" → "lamp", "benches" → "bench",
    /// "batteries" → "battery", "vases"/"vase" → "vas", "knives"/"knife" → "knif", "camping" → "camp"). Both sides are
    /// folded alike, so the stem need not be a word.
    /// </summary>
    public static string Stem(string word)
    {
        if (word.Length <= 3 || !char.IsLetter(word[^1])) return word;
        var w = word;
        if (w.EndsWith("ies") && w.Length > 4) w = w[..^3] + "y";
        else if (w.EndsWith("ses") || w.EndsWith("xes") || w.EndsWith("zes") || w.EndsWith("ches") || w.EndsWith("shes")) w = w[..^2];
        else if (w.EndsWith('s') && !w.EndsWith("ss") && !w.EndsWith("us") && !w.EndsWith("is")) w = w[..^1];
        else if (w.EndsWith("ing") && w.Length >= 7)
        {
            w = w[..^3];
            if (w[^1] == w[^2] && !"aeiouls".Contains(w[^1])) w = w[..^1]; // "bedding" → "bed"
        }
        if (w.Length > 3 && (w.EndsWith("ve") || w.EndsWith("fe"))) w = w[..^2] + "f";
        else if (w.Length > 3 && w.EndsWith('e')) w = w[..^1];
        return w;
    }

    /// <summary>
    /// The words a German plural may be formed from, by its ending ("Hemden" → "hemd", "Lampen" → "lampe", "Gläser" →
    /// "glas", "Stühle" → "stuhl"; umlauts are already plain letters). Search tries them for a typed word that finds
    /// nothing as it is, so English words keep their own stems.
    /// </summary>
    public static IEnumerable<string> GermanSingulars(string word)
    {
        foreach (var ending in GermanPluralEndings)
            if (word.Length - ending.Length >= 3 && word.EndsWith(ending, StringComparison.Ordinal))
                yield return word[..^ending.Length];
    }

    private static readonly string[] GermanPluralEndings = ["en", "er", "n", "e"];

    /// <summary>
    /// The words a French plural in -x may be formed from ("chapeaux" → "chapeau", "bijoux" → "bijou", "bocaux" →
    /// "bocal"); plurals in -s already fold in <see cref="Stem"/>. Tried, as the German ones, only for a word that finds nothing.
    /// </summary>
    public static IEnumerable<string> FrenchSingulars(string word)
    {
        if (word.Length < 4 || !word.EndsWith('x')) yield break;
        yield return word[..^1];
        if (word.EndsWith("aux", StringComparison.Ordinal)) yield return word[..^3] + "al";
    }

    /// <summary>
    /// Whether a typed word is one slip from a known one: two neighbouring letters swapped (words of four letters or
    /// more), or one letter wrong, missing or extra (words of <see cref="SlipLength"/> letters or more).
    /// </summary>
    public static bool OneSlipApart(string typed, string known)
    {
        if (typed == known || Math.Min(typed.Length, known.Length) < 4 || Math.Abs(typed.Length - known.Length) > 1) return false;
        var i = 0;
        while (i < typed.Length && i < known.Length && typed[i] == known[i]) i++;
        var longEnough = Math.Max(typed.Length, known.Length) >= SlipLength;
        if (typed.Length == known.Length)
        {
            if (longEnough && Same(typed, i + 1, known, i + 1)) return true; // one wrong letter
            return i + 1 < typed.Length && typed[i] == known[i + 1] && typed[i + 1] == known[i] && Same(typed, i + 2, known, i + 2);
        }
        if (!longEnough) return false;
        return typed.Length > known.Length ? Same(typed, i + 1, known, i) : Same(typed, i, known, i + 1);
    }

    private static bool Same(string a, int fromA, string b, int fromB) =>
        a.Length - fromA == b.Length - fromB && a.AsSpan(fromA).SequenceEqual(b.AsSpan(fromB));
}
