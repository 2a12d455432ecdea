namespace Shop.Web.Shared;

/// <summary>Clamps what a URL asks for, so ?page=-5 or ?page=999999 still gives a sensible page.</summary>
public static class Paging
{
    public const int PageSize = 25;

    public static int Page(int? requested) => Math.Clamp(requested ?? 1, 1, 100_000);

    public static int Skip(int page, int total, int pageSize = PageSize)
    {
        var last = Math.Max(1, (total + pageSize - 1) / pageSize);
        return (Math.Min(page, last) - 1) * pageSize;
    }

    public static int Clamp(int page, int total, int pageSize = PageSize) =>
        Math.Min(page, Math.Max(1, (total + pageSize - 1) / pageSize));
}
