using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Shop.Domain.Catalog;

/// <summary>URL names such as "walnut-desk-lamp": lowercase ASCII letters, digits and single hyphens.</summary>
public static partial class Slug
{
    public const int MaxLength = 120;

    /// <summary>A web address from a name staff typed: "Bürostuhl Größe XL" → "buerostuhl-groesse-xl", German letters written out as Germans do.</summary>
    public static string FromName(string name) => From(GermanWrittenOut(name ?? ""));

    /// <summary>
    /// The first <paramref name="count"/> letters and digits of <paramref name="text"/> that ASCII can write, as
    /// <see cref="FromName"/> writes them: "Grün", 4 → "gruen", "Weiß" → "weiss", "Café" → "cafe", "½" → "".
    /// </summary>
    public static string Letters(string text, int count)
    {
        var sb = new StringBuilder();
        foreach (var c in (text ?? "").Normalize(NormalizationForm.FormC))
        {
            if (count == 0) break;
            var written = From(GermanWrittenOut(c.ToString()));
            if (written.Length == 0) continue;
            sb.Append(written);
            count--;
        }
        return sb.ToString();
    }

    private static string GermanWrittenOut(string text) =>
        text.Replace("ß", "ss").Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("Ä", "Ae").Replace("Ö", "Oe").Replace("Ü", "Ue");

    /// <summary>
    /// The web address of a staff form: a valid one as typed; one typed as words ("Bürostuhl XL") written as a slug
    /// ("buerostuhl-xl"); none typed, made from the <paramref name="name"/>. What cannot be made stays as typed, for the
    /// form's rules to refuse.
    /// </summary>
    public static string? Written(string? typed, string? name)
    {
        var trimmed = typed?.Trim() ?? "";
        if (IsValid(trimmed)) return trimmed;
        var made = FromName(trimmed.Length == 0 ? name ?? "" : trimmed);
        return made.Length > 0 ? made : typed;
    }

    /// <summary>"Café Crème" → "cafe-creme": accents dropped, anything but letters and digits a hyphen.</summary>
    public static string From(string text)
    {
        var decomposed = (text ?? "").Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }
        var slug = Hyphens().Replace(sb.ToString(), "-").Trim('-');
        if (slug.Length > MaxLength) slug = slug[..MaxLength].TrimEnd('-');
        return slug;
    }

    public static bool IsValid(string? slug) => slug is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(slug);

    public static string Require(string slug) =>
        IsValid(slug) ? slug : throw new DomainException($"'{slug}' is not a valid slug: use lowercase letters, digits and hyphens.");

    [GeneratedRegex("-{2,}")]
    private static partial Regex Hyphens();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
