namespace Shop.Web.Shared;

/// <summary>One page of a longer list.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total) : IPaged
{
    public int TotalPages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
