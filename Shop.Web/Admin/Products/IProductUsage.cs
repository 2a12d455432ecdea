namespace Shop.Web.Admin.Products;

/// <summary>
/// Whether anything that must outlive a product points at it (past orders today; returns or reviews later).
/// Such a product is archived instead of deleted. Register more checks by adding implementations.
/// </summary>
public interface IProductUsage
{
    Task<bool> IsReferencedAsync(int productId, CancellationToken ct);
}
