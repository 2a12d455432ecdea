using System.Globalization;
using System.Text.RegularExpressions;
using Shop.Web.Shared;

namespace Shop.Web.Admin.Markets;

/// <summary>
/// Price bands as the page's language writes numbers: "0=4,95; 2000=6,95" on a German or French page, kept as
/// "0=4.95; 2000=6.95" (<see cref="Shop.Domain.Markets.PriceBands"/>). A German or French page reads a decimal comma or
/// point in each number as amounts are read (<see cref="PlainDecimalBinder"/>), never a thousands separator; an English
/// page hands the text to the domain as it was typed.
/// </summary>
public static partial class WrittenBands
{
    private static bool CommaPage => CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator == ",";

    /// <summary>Stored bands as the page shows them.</summary>
    public static string Show(string? bands) => bands is null ? "" : CommaPage ? bands.Replace('.', ',') : bands;

    /// <summary>Bands as typed on the page, in the stored form; or why a number in them cannot be read (translated).</summary>
    public static (string Bands, string? Refusal) Read(string typed)
    {
        if (!CommaPage) return (typed, null);
        string? refusal = null;
        var bands = Number().Replace(typed, m =>
        {
            var (number, why) = PlainDecimalBinder.Read(m.Value, ",");
            refusal ??= why;
            return number?.ToString(CultureInfo.InvariantCulture) ?? m.Value;
        });
        return (bands, refusal is null ? null : Languages.ShopText.Translate(refusal));
    }

    [GeneratedRegex(@"[0-9]+(?:[.,][0-9]*)*")]
    private static partial Regex Number();
}
