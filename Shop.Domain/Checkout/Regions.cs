namespace Shop.Domain.Checkout;

/// <summary>
/// The states and provinces of countries whose tax and shipping go by them (the United States, Canada): an address there
/// must name one, by code or name ("NY", "New York", "n.y."), and it is kept as its code, so zones of regions match it.
/// Other countries' regions stay free text, as typed.
/// </summary>
public static class Regions
{
    private static readonly Dictionary<string, Dictionary<string, string>> ByCountry = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = Table("""
            AL Alabama; AK Alaska; AZ Arizona; AR Arkansas; CA California; CO Colorado; CT Connecticut; DE Delaware;
            DC District of Columbia; FL Florida; GA Georgia; HI Hawaii; ID Idaho; IL Illinois; IN Indiana; IA Iowa;
            KS Kansas; KY Kentucky; LA Louisiana; ME Maine; MD Maryland; MA Massachusetts; MI Michigan; MN Minnesota;
            MS Mississippi; MO Missouri; MT Montana; NE Nebraska; NV Nevada; NH New Hampshire; NJ New Jersey;
            NM New Mexico; NY New York; NC North Carolina; ND North Dakota; OH Ohio; OK Oklahoma; OR Oregon;
            PA Pennsylvania; RI Rhode Island; SC South Carolina; SD South Dakota; TN Tennessee; TX Texas; UT Utah;
            VT Vermont; VA Virginia; WA Washington; WV West Virginia; WI Wisconsin; WY Wyoming; PR Puerto Rico;
            GU Guam; VI Virgin Islands; AS American Samoa; MP Northern Mariana Islands; AA Armed Forces Americas;
            AE Armed Forces Europe; AP Armed Forces Pacific
            """),
        ["CA"] = Table("""
            AB Alberta; BC British Columbia; MB Manitoba; NB New Brunswick; NL Newfoundland and Labrador;
            NS Nova Scotia; NT Northwest Territories; NU Nunavut; ON Ontario; PE Prince Edward Island; QC Quebec;
            SK Saskatchewan; YT Yukon
            """),
    };

    /// <summary>Whether addresses in this country must name a state or province from the list.</summary>
    public static bool Listed(string? countryCode) => ByCountry.ContainsKey((countryCode ?? "").Trim());

    /// <summary>What a shopper is told beside the field when <see cref="Named"/> is false; {Example} is <see cref="Example"/>.</summary>
    public const string Missing = "Enter the state or province, such as {Example}.";

    /// <summary>
    /// Whether an address names the region its country needs: one of the list's where the country has one (the
    /// carrier needs it, whether or not tax and shipping go by it); anything, or nothing, elsewhere.
    /// </summary>
    public static bool Named(string? countryCode, string? region) => !Listed(countryCode) || CodeOf(countryCode, region) is not null;

    /// <summary>
    /// The region's code when the country's list knows it by code or name, in any case, with or without dots and
    /// spaces ("n.y.", "new york", "Québec"); null when the country has no list or the text names none of it.
    /// </summary>
    public static string? CodeOf(string? countryCode, string? region) =>
        ByCountry.TryGetValue((countryCode ?? "").Trim(), out var table) && table.TryGetValue(Key(region), out var code) ? code : null;

    /// <summary>
    /// Each listed country's example and every name and code it knows, as <see cref="Key"/> writes them, for the browser
    /// to run <see cref="Named"/> itself.
    /// </summary>
    public static IEnumerable<(string Country, string Example, IEnumerable<string> Keys)> Lists =>
        ByCountry.Select(c => (c.Key, Example(c.Key), (IEnumerable<string>)c.Value.Keys));

    /// <summary>A code such as "NY", to tell a shopper what to type.</summary>
    public static string Example(string? countryCode) => (countryCode ?? "").Trim().ToUpperInvariant() == "CA" ? "ON" : "NY";

    private static Dictionary<string, string> Table(string text)
    {
        var table = new Dictionary<string, string>();
        foreach (var entry in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var code = entry[..2];
            table[Key(code)] = code;
            table[Key(entry[3..])] = code;
        }
        return table;
    }

    /// <summary>Letters only, upper case, accents dropped: "n.y." and "N Y" are "NY", "Québec" is "QUEBEC" (address-form.js does the same).</summary>
    private static string Key(string? text) =>
        new string((text ?? "").Normalize(System.Text.NormalizationForm.FormD)
            .Where(char.IsLetter).Where(c => c < 128).Select(char.ToUpperInvariant).ToArray());
}
