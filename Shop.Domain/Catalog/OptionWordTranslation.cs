namespace Shop.Domain.Catalog;

/// <summary>
/// An option's name or value ("Colour", "Red") in one more language of the storefront ("Farbe", "Rot"), typed by staff
/// once for the whole shop: every product that uses the word shows it. Words match as the catalog writes them, ignoring
/// case, as option values do (<see cref="OptionGlossary"/>); a word without one shows as it is.
/// </summary>
public sealed class OptionWordTranslation
{
    /// <summary>The longest option name or value (<see cref="ProductOption"/>).</summary>
    public const int WordMax = ProductOption.MaxNameLength > ProductOption.MaxValueLength ? ProductOption.MaxNameLength : ProductOption.MaxValueLength;
    /// <summary>As long as a word: a variant's title in any language still fits an order line.</summary>
    public const int TranslationMax = WordMax;

    public string Language { get; private set; } = "";
    public string Word { get; private set; } = "";
    public string Translation { get; private set; } = "";

    private OptionWordTranslation() { }

    public OptionWordTranslation(string language, string word, string translation)
    {
        Language = Guard.Text(language, "Language", ProductTranslation.LanguageMax).ToLowerInvariant();
        Word = Guard.Text(word, "The word", WordMax);
        Change(translation);
    }

    public void Change(string translation) => Translation = Guard.Text(translation, $"The translation of {Word}", TranslationMax);
}
