namespace Shop.Tests.Checkout;

/// <summary>Products set up for a sale test.</summary>
internal static class SaleProducts
{
    /// <summary>The first published product without options, down to its last unit.</summary>
    public static Task<Product> OneLeftAsync(ShopApp app) => app.WithDbAsync(async db =>
    {
        var p = await db.Products.Where(x => x.IsPublished && !x.Options.Any() && x.Variants.Sum(v => v.StockOnHand) > 0).OrderBy(x => x.Id).FirstAsync();
        p.SetStock(1);
        await db.SaveChangesAsync();
        return p;
    });
}
