namespace Shop.Web.Admin.Products;

/// <summary>
/// What happened to an edit: saved, refused because someone else saved first, refused because another product took
/// the SKU or web address in the meantime, or the product is gone.
/// </summary>
public enum ProductSaveOutcome
{
    Saved,
    ChangedBySomeoneElse,
    NameTaken,
    NotFound,
}
