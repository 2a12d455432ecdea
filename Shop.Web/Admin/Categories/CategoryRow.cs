namespace Shop.Web.Admin.Categories;

public sealed record CategoryRow(int Id, string Name, string Slug, int SortOrder, int ProductCount);
