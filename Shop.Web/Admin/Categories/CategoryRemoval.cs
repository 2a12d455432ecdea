namespace Shop.Web.Admin.Categories;

public enum CategoryRemoval
{
    Deleted,
    NotEmpty,
    NotFound,
}
