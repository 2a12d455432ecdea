namespace Shop.Domain.Catalog;

/// <summary>
/// A trade item's barcode number (GTIN: EAN-13, UPC-A's 12 digits, EAN-8 or GTIN-14), as shopping listings and structured
/// data match goods by it. Written with spaces or hyphens as printed under the bars; kept as its digits, its check
/// digit verified.
/// </summary>
public static class Gtin
{
    public const int MaxLength = 14;

    /// <summary>The digits of a GTIN typed by staff; null for an empty one; refused (<see cref="Problem"/>) for anything else.</summary>
    public static string? Normalize(string? typed) =>
        Problem(typed) is { } problem ? throw new DomainException(problem) : string.IsNullOrWhiteSpace(typed) ? null : Digits(typed);

    /// <summary>Why a typed GTIN is none, for the field it was typed in; null when it is one (or empty).</summary>
    public static string? Problem(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var (digits, shown) = (Digits(typed), typed.Trim().Length > 20 ? typed.Trim()[..20] + "…" : typed.Trim());
        if (!digits.All(char.IsAsciiDigit) || digits.Length is not (8 or 12 or 13 or 14))
            return $"'{shown}' is not a GTIN: a barcode number has 8, 12, 13 or 14 digits (EAN-13: 4006381333931).";
        return CheckDigit(digits[..^1]) != digits[^1] - '0'
            ? $"'{shown}' is not a GTIN: its last digit does not check. Copy it again from the barcode or the supplier's list."
            : null;
    }

    /// <summary>
    /// The GTIN-14 of a kept GTIN: leading zeros do not change the item (UPC-A 036000291452 is EAN-13 0036000291452),
    /// so two barcodes are one when their keys are.
    /// </summary>
    public static string Key(string gtin) => gtin.PadLeft(14, '0');

    /// <summary>Every way a kept GTIN may have been typed (8, 12, 13 or 14 digits), to look it up among saved ones.</summary>
    public static IEnumerable<string> Forms(string gtin)
    {
        var key = Key(gtin);
        return Lengths.Where(n => key[..^n].All(c => c == '0')).Select(n => key[^n..]);
    }

    private static readonly int[] Lengths = [8, 12, 13, 14];

    private static string Digits(string typed) => new([.. typed.Where(c => c is not (' ' or '-'))]);

    /// <summary>The GS1 check digit of the digits before it: weights 3 and 1 from the right.</summary>
    private static int CheckDigit(string body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++) sum += (body[^(i + 1)] - '0') * (i % 2 == 0 ? 3 : 1);
        return (10 - sum % 10) % 10;
    }
}
