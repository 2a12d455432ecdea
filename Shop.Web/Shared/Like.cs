namespace Shop.Web.Shared;

/// <summary>Search terms go into LIKE as data: %, _ and the escape character lose their meaning.</summary>
public static class Like
{
    public const string Escape = @"\";

    public static string Containing(string term) =>
        "%" + term.Trim().Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";

    /// <summary>
    /// For a search that ignores case: match it against the column's <c>ToLower()</c> (LIKE ignores ASCII case on
    /// SQLite and usually on SQL Server, but never on PostgreSQL).
    /// </summary>
    public static string ContainingAnyCase(string term) => Containing(term.ToLowerInvariant());
}
