namespace Shop.Web.Admin.Categories;

/// <summary>A category in the staff list: its products on the shelf and, apart, the archived ones it still holds.</summary>
public sealed record CategoryRow(int Id, string Name, string Slug, int SortOrder, int ProductCount, int ArchivedCount);
