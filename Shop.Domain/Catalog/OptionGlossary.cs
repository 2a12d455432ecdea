namespace Shop.Domain.Catalog;

/// <summary>
/// One language's translations of option names and values (<see cref="OptionWordTranslation"/>), by word ignoring case.
/// A word it does not know reads as it is; <see cref="None"/> (the shop's own language) changes nothing and costs nothing.
/// </summary>
public sealed class OptionGlossary
{
    public static readonly OptionGlossary None = new([]);

    private readonly Dictionary<string, string> _words;

    public OptionGlossary(IEnumerable<OptionWordTranslation> translations)
    {
        _words = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in translations) _words.TryAdd(t.Word, t.Translation);
    }

    public bool IsEmpty => _words.Count == 0;

    /// <summary>The word in the language, or the word itself.</summary>
    public string Word(string word) => _words.GetValueOrDefault(word, word);

    /// <summary>
    /// Two of an option's values that would read the same in the language ("Navy" and "Blue" both "Blau"), so a shopper
    /// could not tell the buttons apart; null when each reads its own.
    /// </summary>
    public (string Value, string Other, string Reads)? Clash(IEnumerable<string> values)
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values)
        {
            var reads = Word(value);
            if (seen.TryGetValue(reads, out var other) && !string.Equals(other, value, StringComparison.OrdinalIgnoreCase)) return (other, value, reads);
            seen.TryAdd(reads, value);
        }
        return null;
    }

    /// <summary>A variant's title ("M / Rot") in the language.</summary>
    public string TitleOf(string? option1, string? option2, string? option3) =>
        IsEmpty ? ProductVariant.TitleOf(option1, option2, option3) : TitleOf(ProductVariant.ValuesOf(option1, option2, option3));

    /// <summary>A variant's title ("M / Rot") in the language, from its values in option order.</summary>
    public string TitleOf(IReadOnlyList<string> values) => ProductVariant.TitleOf(IsEmpty ? values : values.Select(Word));
}
