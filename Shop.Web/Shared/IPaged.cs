namespace Shop.Web.Shared;

/// <summary>What the pager partial needs to know about any paged list.</summary>
public interface IPaged
{
    int Page { get; }
    int Total { get; }
    int TotalPages { get; }
}
