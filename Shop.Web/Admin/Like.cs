namespace Shop.Web.Admin;

/// <summary>Search terms go into LIKE as data: %, _ and the escape character lose their meaning.</summary>
public static class Like
{
    public const string Escape = @"\";

    public static string Containing(string term) =>
        "%" + term.Trim().Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";
}
