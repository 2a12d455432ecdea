using System.Globalization;

namespace Shop.Web.Documents;

public static class PrintedDates
{
    /// <summary>The UTC day, as the staff pages show it: 2026-12-04.</summary>
    public static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
