namespace Shop.Web.Admin.Products;

/// <summary>Deleting a product that past orders point at archives it instead.</summary>
public enum ProductRemoval
{
    Deleted,
    Archived,
    NotFound,
}
