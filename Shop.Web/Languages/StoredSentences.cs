using System.Text.RegularExpressions;

namespace Shop.Web.Languages;

/// <summary>
/// Sentences the shop stores in English, written from known templates ("Paid (transaction {0})."), read back in the
/// current language: the first template a sentence fits is translated with the values it held.
/// </summary>
public sealed class StoredSentences(IEnumerable<string> templates)
{
    private readonly (string Template, Regex Pattern)[] known = [.. templates.Select(t => (t, Pattern(t)))];

    /// <summary>The sentence in the current language, each value passed through <paramref name="value"/>; null when no template fits.</summary>
    public string? Translate(string sentence, Func<string, object>? value = null)
    {
        foreach (var (template, pattern) in known)
        {
            var match = pattern.Match(sentence);
            if (match.Success)
                return ShopText.Translate(template, [.. match.Groups.Values.Skip(1).Select(g => value is null ? g.Value : value(g.Value))]);
        }
        return null;
    }

    /// <summary>"Paid (transaction {0})." as a pattern that reads back the transaction.</summary>
    private static Regex Pattern(string template) =>
        new("^" + Regex.Replace(Regex.Escape(template), @"\\\{\d}", "(.+?)") + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant);
}
