using System.Linq.Expressions;

namespace Shop.Tests.Support;

/// <summary>A variant staff removed, which carts, orders and returns that hold it must outlive.</summary>
public static class RemovedVariants
{
    /// <summary>
    /// Removes the one variant of a product without options as staff would: they give the product sizes (its variant
    /// becomes S), then drop S.
    /// </summary>
    public static Task RemoveItsVariantAsync(this ShopApp app, Expression<Func<Product, bool>> which) => app.WithDbAsync(async db =>
    {
        var product = await db.Products.SingleAsync(which);
        product.DefineOptions([("Size", ["S", "M"])]);
        await db.SaveChangesAsync();
        product.DefineOptions([("Size", ["M"])]);
        return await db.SaveChangesAsync();
    });
}
