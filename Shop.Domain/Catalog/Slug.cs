using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Shop.Domain.Catalog;

/// <summary>URL names such as "walnut-desk-lamp": lowercase ASCII letters, digits and single hyphens.</summary>
public static partial class Slug
{
    public const int MaxLength = 120;

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
