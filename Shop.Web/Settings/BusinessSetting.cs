using System.Globalization;
using Shop.Web.Documents;
using Shop.Web.Mail;

namespace Shop.Web.Settings;

/// <summary>
/// One business setting staff may change: its configuration key, how its effective value reads from the options, and
/// its rule (<see cref="Problem"/>), which the form's validator and the start-up load of saved rows both apply.
/// </summary>
public sealed record BusinessSetting(string Key, SettingKind Kind, Func<ShopOptions, BusinessOptions, string> Read, int MaxLength, int MaxNumber = 0, int MinNumber = 0)
{
    public const int MaxLines = 100;

    public bool IsList => Kind is SettingKind.Lines or SettingKind.Days;

    /// <summary>What staff typed as it is stored: trimmed, a list's empty lines left out, one item a line.</summary>
    public string Normalize(string? typed) => IsList
        ? string.Join("\n", Lines(typed ?? ""))
        : (typed ?? "").Trim();

    /// <summary>A list's items, one a line.</summary>
    public static IReadOnlyList<string> Lines(string value) =>
        value.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    /// <summary>Why a stored (normalized, not empty) value cannot be used, in English for the log; null when it can.</summary>
    public string? Problem(string value) => Kind switch
    {
        SettingKind.Number => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= MinNumber && n <= MaxNumber
            ? null : $"not a whole number from {MinNumber} to {MaxNumber}",
        SettingKind.Email => value.Length > MaxLength || !MailAddresses.IsUsable(value) ? "not an email address mail can be sent to" : null,
        SettingKind.Days when new ShippingOptions { Holidays = [.. Lines(value)] }.NotADay is { } wrong => $"'{wrong}' is not a day written 2026-12-25",
        _ when IsList && Lines(value).Count > MaxLines => $"more than {MaxLines} lines",
        _ when IsList && Lines(value).Any(l => l.Length > MaxLength) => $"a line longer than {MaxLength} characters",
        _ when !IsList && (value.Length > MaxLength || value.Contains('\n')) => $"longer than {MaxLength} characters or more than one line",
        _ => null,
    };
}
