using Shop.Web.Languages;

namespace Shop.Web.Documents;

/// <summary>Dates on paper, in the shop's time (<see cref="ShopTime"/>) and the document's language (its current culture).</summary>
public static class PrintedDates
{
    /// <summary>"6 December 2026", "6. Dezember 2026", "6 décembre 2026".</summary>
    public static string Day(DateTimeOffset at) => ShopText.Day(at, fullMonth: true);
}
