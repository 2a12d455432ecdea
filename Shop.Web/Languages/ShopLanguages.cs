using System.Globalization;

namespace Shop.Web.Languages;

/// <summary>
/// The languages the storefront speaks (<c>Shop:Languages</c>, e.g. <c>en,de,fr</c>); the first is the
/// default, served without a prefix, the others under <c>/{code}/…</c>. Staff pages speak the staff member's choice (<see cref="Staff"/>).
/// </summary>
public sealed class ShopLanguages
{
    public const string Section = "Shop:Languages";
    /// <summary>The languages the shop has texts for; a configured code outside this list is refused at start.</summary>
    public static readonly string[] Known = ["en", "de", "fr"];

    public ShopLanguages(IEnumerable<string> codes, TimeZoneInfo? zone = null)
    {
        zone ??= TimeZoneInfo.Utc;
        var processCulture = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var list = codes.Select(c => c.Trim().ToLowerInvariant()).Where(c => c.Length > 0).Distinct().ToList();
        if (list.Count == 0) list.Add("en");
        foreach (var code in list)
            if (!Known.Contains(code))
                throw new InvalidOperationException($"{Section} lists '{code}', but the shop has texts only for {string.Join(", ", Known)}.");
        All = list.Select(c => c == list[0]
            ? new ShopLanguage(c, Own(c, processCulture.CurrentCulture), Own(c, processCulture.CurrentUICulture), IsDefault: true, zone)
            : new ShopLanguage(c, CultureInfo.CreateSpecificCulture(c), CultureInfo.CreateSpecificCulture(c), IsDefault: false, zone)).ToList();
    }

    /// <summary>
    /// The default language keeps the process's culture when it speaks that language (English pages format as they
    /// always have), else its own: an English shop on a German server must not speak German.
    /// </summary>
    private static CultureInfo Own(string code, CultureInfo process) =>
        process.TwoLetterISOLanguageName == code || (code == "en" && process.TwoLetterISOLanguageName == "iv")
            ? process
            : CultureInfo.CreateSpecificCulture(code);

    /// <summary>A comma-separated value ("en,de,fr", easy to override from the environment) or a list; the shop's time zone with them.</summary>
    public static ShopLanguages From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        return new(section.Value is { } value ? value.Split(',') : section.Get<string[]>() ?? [], ShopTime.From(configuration));
    }

    public IReadOnlyList<ShopLanguage> All { get; }
    public ShopLanguage Default => All[0];

    /// <summary>
    /// What staff pages speak: the language a staff member chose (the switcher's cookie, <paramref name="code"/>), any
    /// the shop has texts for even if the storefront does not sell in it, else the shop's first. Always as the shop's
    /// own, without a prefix or translations looked up: staff read and edit the shop's own texts.
    /// </summary>
    public ShopLanguage Staff(string? code)
    {
        _staff ??= Known.ToDictionary(c => c, c => c == Default.Code
            ? Default
            : new ShopLanguage(c, CultureInfo.CreateSpecificCulture(c), CultureInfo.CreateSpecificCulture(c), IsDefault: true, Default.Zone));
        return code is not null && _staff.TryGetValue(code.ToLowerInvariant(), out var chosen) ? chosen : Default;
    }
    private Dictionary<string, ShopLanguage>? _staff;
    public bool Several => All.Count > 1;

    public ShopLanguage? Find(string? code) =>
        code is null ? null : All.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The language stored with an order ("de"); the default for none, or one no longer switched on.</summary>
    public ShopLanguage OrDefault(string? code) => Find(code) ?? Default;
}

/// <summary>
/// One language of the storefront: its code in URLs ("de"), the culture that formats dates and numbers, and the shop's
/// time zone its days and times are read in (<see cref="ShopTime"/>).
/// </summary>
public sealed record ShopLanguage(string Code, CultureInfo Culture, CultureInfo UICulture, bool IsDefault, TimeZoneInfo? Zone = null)
{
    /// <summary>Speaks this language, in the shop's time, on this flow (a mail composed outside its shopper's request) until disposed.</summary>
    public IDisposable Speak()
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (Culture, UICulture);
        return new Restore(before, ShopTime.Use(Zone ?? TimeZoneInfo.Utc));
    }

    private sealed class Restore((CultureInfo Culture, CultureInfo UICulture) before, IDisposable time) : IDisposable
    {
        public void Dispose()
        {
            time.Dispose();
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }

    /// <summary>"" for the default language, else "/de": what goes before a storefront path.</summary>
    public string Prefix => IsDefault ? "" : "/" + Code;

    /// <summary>The language and its country as OpenGraph writes them ("de_DE"; "en_US" where the server's culture is the invariant one).</summary>
    public string Locale => (Culture.Name.Contains('-') ? Culture : CultureInfo.CreateSpecificCulture(Code)).Name.Replace('-', '_');

    /// <summary>The language's own name, as the switcher shows it ("Deutsch").</summary>
    public string Name => NameOf(Code);

    /// <summary>A language's own name by its code, switched on or not (a review written in it); the code for one the shop does not know.</summary>
    public static string NameOf(string code) => code switch { "de" => "Deutsch", "fr" => "Français", "en" => "English", _ => code.ToUpperInvariant() };

    /// <summary>
    /// A language named in the page's language, for a sentence about it ("Name in German", "Name auf Französisch",
    /// "Nom en allemand"); the switcher keeps each language's own name (<see cref="NameOf"/>). A table, not
    /// CultureInfo.DisplayName, which names languages in English only where the server has no ICU data.
    /// </summary>
    public static string NameInPage(string code) => (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, code) switch
    {
        ("de", "en") => "Englisch", ("de", "de") => "Deutsch", ("de", "fr") => "Französisch",
        ("fr", "en") => "anglais", ("fr", "de") => "allemand", ("fr", "fr") => "français",
        (_, "en") => "English", (_, "de") => "German", (_, "fr") => "French",
        _ => NameOf(code),
    };
}
