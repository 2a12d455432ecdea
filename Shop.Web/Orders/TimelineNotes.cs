using System.Text.RegularExpressions;
using Shop.Domain.Ordering;
using Shop.Web.Languages;

namespace Shop.Web.Orders;

/// <summary>
/// An order's timeline note in the shopper's language: a note the order wrote about its own steps
/// (<see cref="OrderNotes"/>) is translated with what it names (transaction, tracking number, amounts, a reason as
/// typed); anything else, such as a note staff wrote for the shopper, stays as written.
/// </summary>
public static class TimelineNotes
{
    private static readonly (string Template, Regex Pattern)[] Known = [.. OrderNotes.All.Select(t => (t, Pattern(t)))];

    public static string InShoppersLanguage(string note)
    {
        foreach (var (template, pattern) in Known)
        {
            var match = pattern.Match(note);
            if (match.Success) return ShopText.Translate(template, [.. match.Groups.Values.Skip(1).Select(g => (object)g.Value)]);
        }
        return note;
    }

    /// <summary>"Paid (transaction {0})." as a pattern that reads back the transaction.</summary>
    private static Regex Pattern(string template) =>
        new("^" + Regex.Replace(Regex.Escape(template), @"\\\{\d}", "(.+?)") + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant);
}
