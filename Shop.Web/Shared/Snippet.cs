using System.Globalization;

namespace Shop.Web.Shared;

/// <summary>
/// What a search result or a link preview shows of a longer text (meta, OpenGraph and Twitter descriptions): its
/// whitespace as single spaces, cut to <see cref="MaxLength"/> on a word, or else on a character as readers see it
/// (a text element: never inside an emoji's surrogate pair or before its combining marks), then "…".
/// </summary>
public static class Snippet
{
    public const int MaxLength = 155;

    public static string Of(string? text, int maxLength = MaxLength)
    {
        var words = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (words.Length <= maxLength) return words;
        var end = 0;
        while (end < words.Length)
        {
            var next = StringInfo.GetNextTextElementLength(words, end);
            if (end + next > maxLength) break;
            end += next;
        }
        // Back to the last word's end unless that loses more than half; a word ending right at the cut is whole.
        if (end > 0 && words[end] != ' ' && words.LastIndexOf(' ', end - 1) is var space && space > maxLength / 2) end = space;
        return words[..end].TrimEnd(' ', ',', ';', ':', '-') + "…";
    }
}
