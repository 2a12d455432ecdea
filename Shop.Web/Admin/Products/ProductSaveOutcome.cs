namespace Shop.Web.Admin.Products;

/// <summary>What happened to an edit: saved, refused because someone else saved first, or the product is gone.</summary>
public enum ProductSaveOutcome
{
    Saved,
    ChangedBySomeoneElse,
    NotFound,
}
