namespace Shop.Web.Admin.Categories;

/// <summary>The create and edit form for a category.</summary>
public sealed class CategoryForm
{
    public int? Id { get; set; }
    public string? Name { get; set; }
    public string? Slug { get; set; }
    public string? Description { get; set; }

    public bool IsNew => Id is null;
}
