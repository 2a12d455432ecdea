namespace Shop.Tests.Support;

/// <summary>
/// Takes the demo catalog's seeded German and French texts off one product, category or option word, as staff clearing
/// them would: for tests that prove what a shopper reads before staff translate it.
/// </summary>
public static class UntranslatedDemo
{
    public static Task UntranslateProductAsync(this ShopApp app, int productId) => app.WithDbAsync(async db =>
    {
        db.RemoveRange(await db.Set<ProductTranslation>().Where(t => t.ProductId == productId).ToListAsync());
        await db.SaveChangesAsync();
    });

    public static Task UntranslateCategoryAsync(this ShopApp app, int categoryId) => app.WithDbAsync(async db =>
    {
        db.RemoveRange(await db.Set<CategoryTranslation>().Where(t => t.CategoryId == categoryId).ToListAsync());
        await db.SaveChangesAsync();
    });

    public static Task UntranslateWordsAsync(this ShopApp app, params string[] words) => app.WithDbAsync(async db =>
    {
        db.RemoveRange(await db.Set<OptionWordTranslation>().Where(t => words.Contains(t.Word)).ToListAsync());
        await db.SaveChangesAsync();
    });
}
