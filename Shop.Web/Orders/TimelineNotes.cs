using System.Text.RegularExpressions;
using Shop.Domain;
using Shop.Domain.Ordering;
using Shop.Web.Languages;

namespace Shop.Web.Orders;

/// <summary>
/// An order's timeline note in the shopper's language: a note the order wrote about its own steps
/// (<see cref="OrderNotes"/>) is translated with what it names (transaction, tracking number, a reason as typed) and
/// its amounts written the shopper's way; anything else, such as a note staff wrote for the shopper, stays as written.
/// </summary>
public static class TimelineNotes
{
    private static readonly (string Template, Regex Pattern)[] Known = [.. OrderNotes.All.Select(t => (t, Pattern(t)))];

    public static string InShoppersLanguage(string note, string currency)
    {
        foreach (var (template, pattern) in Known)
        {
            var match = pattern.Match(note);
            if (match.Success) return ShopText.Translate(template, [.. match.Groups.Values.Skip(1).Select(g => Named(g.Value, currency))]);
        }
        return note;
    }

    /// <summary>An amount as the note stored it ("$1,234.50") reads "1.234,50 $" to a German shopper.</summary>
    private static object Named(string value, string currency) =>
        Money.TryReadInvariant(value, currency, out var amount) ? amount : value;

    /// <summary>"Paid (transaction {0})." as a pattern that reads back the transaction.</summary>
    private static Regex Pattern(string template) =>
        new("^" + Regex.Replace(Regex.Escape(template), @"\\\{\d}", "(.+?)") + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant);
}
