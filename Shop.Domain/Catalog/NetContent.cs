using System.Globalization;
using System.Text.RegularExpressions;

namespace Shop.Domain.Catalog;

/// <summary>The units a content is measured in: by weight, volume, length or area.</summary>
public enum ContentUnit { Gram, Kilogram, Millilitre, Centilitre, Litre, CubicMetre, Centimetre, Metre, SquareMetre }

/// <summary>
/// How much one unit of a product holds: "500 ml", "1.5 kg", "25 m". Goods sold by weight, volume, length or area show
/// their price per 1 kg, 1 l, 1 m, 1 m² or 1 m³ beside the price (the EU's unit price rule, Directive 98/6/EC; in
/// Germany the Grundpreis of PAngV § 4, per 1 kg or 1 l since 2022).
/// </summary>
public readonly partial record struct NetContent
{
    public const decimal Most = 1_000_000m;
    public const string Refusal = "Write the content as an amount and a unit, such as 500 ml, 0.75 l, 1.5 kg, 250 g, 25 m or 2 m².";

    public decimal Amount { get; }
    public ContentUnit Unit { get; }

    public NetContent(decimal amount, ContentUnit unit)
    {
        if (!Enum.IsDefined(unit)) throw new DomainException(Refusal);
        if (amount <= 0m || amount > Most || decimal.Round(amount, 3) != amount) throw new DomainException(Refusal);
        (Amount, Unit) = (amount, unit);
    }

    private static readonly Dictionary<string, ContentUnit> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["g"] = ContentUnit.Gram, ["kg"] = ContentUnit.Kilogram, ["ml"] = ContentUnit.Millilitre, ["cl"] = ContentUnit.Centilitre,
        ["l"] = ContentUnit.Litre, ["m³"] = ContentUnit.CubicMetre, ["m3"] = ContentUnit.CubicMetre, ["cm"] = ContentUnit.Centimetre,
        ["m"] = ContentUnit.Metre, ["m²"] = ContentUnit.SquareMetre, ["m2"] = ContentUnit.SquareMetre,
    };

    /// <summary>
    /// Reads "500 ml", "0,75 l" or "1.5kg"; null for empty text. Anything else is refused (<see cref="Refusal"/>), as
    /// are more than three decimals, nothing, and more than a million.
    /// </summary>
    public static NetContent? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = Written().Match(text.Trim());
        if (!m.Success || !Units.TryGetValue(m.Groups[2].Value, out var unit)) throw new DomainException(Refusal);
        if (!decimal.TryParse(m.Groups[1].Value.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            throw new DomainException(Refusal);
        return new NetContent(amount, unit);
    }

    /// <summary>Whether <paramref name="text"/> is empty or reads as a content (for forms and files, which say <see cref="Refusal"/> beside it).</summary>
    public static bool IsReadable(string? text)
    {
        try { Parse(text); return true; }
        catch (DomainException) { return false; }
    }

    /// <summary>The stored pair as a content, or null when none is stored.</summary>
    public static NetContent? Of(decimal? amount, ContentUnit? unit) => amount is { } a && unit is { } u ? new NetContent(a, u) : null;

    /// <summary>
    /// Each unit's symbol, its UN/CEFACT common code (as structured data names units), how many of its base unit it is,
    /// and that base unit with its code: one row a unit.
    /// </summary>
    private static readonly Dictionary<ContentUnit, (string Symbol, string Code, decimal InBase, string Base, string BaseCode)> Facts = new()
    {
        [ContentUnit.Gram] = ("g", "GRM", 0.001m, "1 kg", "KGM"),
        [ContentUnit.Kilogram] = ("kg", "KGM", 1m, "1 kg", "KGM"),
        [ContentUnit.Millilitre] = ("ml", "MLT", 0.001m, "1 l", "LTR"),
        [ContentUnit.Centilitre] = ("cl", "CLT", 0.01m, "1 l", "LTR"),
        [ContentUnit.Litre] = ("l", "LTR", 1m, "1 l", "LTR"),
        [ContentUnit.CubicMetre] = ("m³", "MTQ", 1m, "1 m³", "MTQ"),
        [ContentUnit.Centimetre] = ("cm", "CMT", 0.01m, "1 m", "MTR"),
        [ContentUnit.Metre] = ("m", "MTR", 1m, "1 m", "MTR"),
        [ContentUnit.SquareMetre] = ("m²", "MTK", 1m, "1 m²", "MTK"),
    };

    public string Symbol => Facts[Unit].Symbol;

    /// <summary>The unit's UN/CEFACT common code ("MLT").</summary>
    public string UnitCode => Facts[Unit].Code;

    /// <summary>The unit the price is given per: "1 kg", "1 l", "1 m", "1 m²", "1 m³".</summary>
    public string BaseUnit => Facts[Unit].Base;

    /// <summary>The base unit's UN/CEFACT common code ("LTR" for 1 l).</summary>
    public string BaseUnitCode => Facts[Unit].BaseCode;

    /// <summary>How many base units the content is: 500 ml is 0.5 (of 1 l).</summary>
    public decimal InBaseUnits => Amount * Facts[Unit].InBase;

    /// <summary>"500 ml", "0.75 l": as forms and files write it.</summary>
    public override string ToString() => $"{Amount.ToString("0.###", CultureInfo.InvariantCulture)} {Symbol}";

    [GeneratedRegex(@"^([0-9]+(?:[.,][0-9]+)?)\s*([a-zA-Z]{1,2}[23²³]?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Written();
}
