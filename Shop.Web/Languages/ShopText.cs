using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Shop.Domain.Catalog;
using Shop.Domain.Checkout;

namespace Shop.Web.Languages;

/// <summary>
/// The storefront's texts: <c>IStringLocalizer&lt;ShopText&gt;</c> in views (injected as <c>T</c>), <see cref="Translate"/>
/// elsewhere, both keyed by the English text itself, so English needs no translation and a missing one shows English.
/// Translations: ShopText.de.resx, ShopText.fr.resx.
/// </summary>
public sealed partial class ShopText
{
    private static readonly ResourceManager Texts = new(typeof(ShopText).FullName!, typeof(ShopText).Assembly);

    /// <summary>The English text in the current culture's language.</summary>
    public static string Translate(string english) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is "en" or "iv"
            ? english
            : Texts.GetString(english, CultureInfo.CurrentUICulture) ?? english;

    public static string Translate(string english, params object[] values) =>
        string.Format(CultureInfo.CurrentCulture, Translate(english), values);

    /// <summary>
    /// A sentence about <paramref name="count"/> things, in the singular or plural the language uses for it ("1 order",
    /// "2 orders"; French counts 0 as one: "0 commande"). Both forms are keys of their own; <paramref name="more"/> fill
    /// {1}, {2}… (words that do not depend on the count).
    /// </summary>
    public static string Plural(int count, string one, string other, params object[] more) =>
        Translate(count == 1 || (count == 0 && CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr") ? one : other, [count, .. more]);

    /// <summary>How many items a cart holds, as its badge tells screen readers ("1 item", "2 items"; "1 article").</summary>
    public static string Items(int count) => Plural(count, "{0} item", "{0} items");

    /// <summary>Dates for people: English keeps the invariant calendar words it always had.</summary>
    public static CultureInfo DateCulture =>
        CultureInfo.CurrentCulture.TwoLetterISOLanguageName is "en" or "iv" ? CultureInfo.InvariantCulture : CultureInfo.CurrentCulture;

    /// <summary>
    /// A day as the page's language writes it, in the shop's time (<see cref="ShopTime"/>): "6 Dec 2026", "6. Dez. 2026",
    /// "6 déc. 2026"; with <paramref name="fullMonth"/> (documents), "6. Dezember 2026".
    /// </summary>
    public static string Day(DateTimeOffset at, bool fullMonth = false) => ShopTime.Local(at).ToString(DayPattern(fullMonth), DateCulture);

    /// <summary>A <see cref="Day"/> and its time: "6 Dec 2026 03:42".</summary>
    public static string DayAndTime(DateTimeOffset at) => ShopTime.Local(at).ToString(DayPattern(false) + " HH:mm", DateCulture);

    /// <summary>
    /// A moment on a staff page, in the shop's time: English keeps <see cref="ShopTime.Stamp"/>'s "2026-12-06 03:42";
    /// German and French write the day their way ("6. Dez. 2026 03:42", "6 déc. 2026 03:42").
    /// </summary>
    public static string StaffStamp(DateTimeOffset at, bool seconds = false) => DateCulture == CultureInfo.InvariantCulture
        ? ShopTime.Stamp(at, seconds)
        : ShopTime.Local(at).ToString(DayPattern(false) + (seconds ? " HH:mm:ss" : " HH:mm"), DateCulture);

    /// <summary>A day on a staff page, as <see cref="StaffStamp"/> writes it: "2026-12-06" in English, "6. Dez. 2026" in German.</summary>
    public static string StaffDay(DateTimeOffset at) => StaffDay(ShopTime.DayOf(at));

    /// <inheritdoc cref="StaffDay(DateTimeOffset)"/>
    public static string StaffDay(DateOnly day) => DateCulture == CultureInfo.InvariantCulture
        ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : day.ToString(DayPattern(false), DateCulture);

    /// <summary>A shop's day as the page's language writes it in full ("Sunday, 6 December 2026"), for a deadline.</summary>
    public static string LongDay(DateOnly day) => day.ToString("D", CultureInfo.CurrentCulture);

    // German writes the day as an ordinal: "6. Dez. 2026".
    private static string DayPattern(bool fullMonth) =>
        (CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "de" ? "d. " : "d ") + (fullMonth ? "MMMM" : "MMM") + " yyyy";

    /// <summary>The colon after a label written between translated pieces: French puts a (non-breaking) space before it.</summary>
    public static string Colon => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr" ? "\u00A0:" : ":";

    /// <summary>"In stock", "Only 3 left", "Sold out".</summary>
    public static string Stock(StockState stock) =>
        stock.IsSoldOut ? Translate("Sold out") : stock.IsLow ? Translate("Only {0} left", stock.OnHand) : Translate("In stock");

    /// <summary>What a discount code does, or why it does not apply ("Code TEN: 10% off.").</summary>
    public static string Discount(DiscountOutcome outcome) => Translate(outcome.Template, [.. outcome.Values]);

    /// <summary>A delivery promise as the domain says it ("within 3 working days", "next working day").</summary>
    public static string Delivery(string promise) =>
        WithinDays().Match(promise) is { Success: true } m ? Translate("within {0} working days", m.Groups[1].Value) : Translate(promise);

    [GeneratedRegex(@"^within (\d+) working days$")]
    private static partial Regex WithinDays();
}
