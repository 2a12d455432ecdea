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

    /// <summary>A variant's title ("M / Rot") in the language.</summary>
    public string TitleOf(string? option1, string? option2, string? option3) =>
        IsEmpty ? ProductVariant.TitleOf(option1, option2, option3) : TitleOf(ProductVariant.ValuesOf(option1, option2, option3));

    /// <summary>A variant's title ("M / Rot") in the language, from its values in option order.</summary>
    public string TitleOf(IReadOnlyList<string> values) => ProductVariant.TitleOf(IsEmpty ? values : values.Select(Word));
}
