using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Web.Content;
using Shop.Web.Data;

namespace Shop.Web.Operations;

/// <summary>
/// Makes one language's translations the shop's own texts, for a shop whose first language changes (English first, now
/// German): each product, product picture, category and shop page translated into <c>newMain</c> takes that text as its own, and its own
/// text is kept as its <c>oldMain</c> translation. One without a <c>newMain</c> text keeps its own. Swapping back undoes
/// it. Web addresses stay as they are, so links keep working.
/// </summary>
public sealed class MainTextSwap(ShopDbContext db)
{
    public sealed record Counts(int Products, int Categories, int Pages, int ProductsLeft, int CategoriesLeft, int PagesLeft);

    /// <summary>All or nothing, in one transaction (tried again whole where the database's strategy retries).</summary>
    public Task<Counts> SwapAsync(string newMain, string oldMain, CancellationToken ct) =>
        db.InTransactionAsync(token => SwapInAsync(newMain, oldMain, token), ct);

    private async Task<Counts> SwapInAsync(string newMain, string oldMain, CancellationToken ct)
    {
        db.ChangeTracker.Clear(); // a try again starts from the database, not from the failed try's changes

        var products = await db.Products.ToListAsync(ct);
        var productTexts = await db.Set<ProductTranslation>().ToListAsync(ct);
        var swappedProducts = 0;
        foreach (var product in products)
        {
            if (productTexts.Find(t => t.ProductId == product.Id && t.Language == newMain) is not { } text) continue;
            var (name, description) = (product.Name, product.Description);
            product.Rename(text.Name, product.Slug);
            product.Describe(text.Description);
            db.Remove(text);
            if (productTexts.Find(t => t.ProductId == product.Id && t.Language == oldMain) is { } old) old.Change(name, description);
            else db.Add(new ProductTranslation(product.Id, oldMain, name, description));
            swappedProducts++;
        }

        var pictureTexts = await db.Set<PictureTranslation>().ToListAsync(ct);
        foreach (var product in products)
            foreach (var image in product.Images)
            {
                if (pictureTexts.Find(t => t.ProductImageId == image.Id && t.Language == newMain) is not { } text) continue;
                var own = image.AltText;
                product.DescribeImage(image.Id, text.AltText);
                db.Remove(text);
                var old = pictureTexts.Find(t => t.ProductImageId == image.Id && t.Language == oldMain);
                if (own.Length == 0) { if (old is not null) db.Remove(old); } // described by the product's name: in every language
                else if (old is not null) old.Change(own);
                else db.Add(new PictureTranslation(image.Id, oldMain, own));
            }

        var categories = await db.Categories.ToListAsync(ct);
        var categoryTexts = await db.Set<CategoryTranslation>().ToListAsync(ct);
        var swappedCategories = 0;
        foreach (var category in categories)
        {
            if (categoryTexts.Find(t => t.CategoryId == category.Id && t.Language == newMain) is not { } text) continue;
            var (name, description) = (category.Name, category.Description);
            category.Rename(text.Name, category.Slug);
            category.Describe(text.Description);
            db.Remove(text);
            if (categoryTexts.Find(t => t.CategoryId == category.Id && t.Language == oldMain) is { } old) old.Change(name, description);
            else db.Add(new CategoryTranslation(category.Id, oldMain, name, description));
            swappedCategories++;
        }

        var pages = await db.Set<ContentPage>().ToListAsync(ct);
        var pageTexts = await db.Set<ContentPageTranslation>().ToListAsync(ct);
        var swappedPages = 0;
        foreach (var page in pages)
        {
            if (pageTexts.Find(t => t.ContentPageId == page.Id && t.Language == newMain) is not { } text) continue;
            // Words move with the day they were written, so no version looks older than the page's own (staff list).
            var (title, markdown, written) = (page.Title, page.Markdown, page.UpdatedAt);
            page.Rewrite(text.Title, text.Markdown, text.UpdatedAt);
            db.Remove(text);
            if (pageTexts.Find(t => t.ContentPageId == page.Id && t.Language == oldMain) is { } old) old.Rewrite(title, markdown, written);
            else db.Add(new ContentPageTranslation(page.Id, oldMain, title, markdown, written));
            swappedPages++;
        }

        await db.SaveChangesAsync(ct);
        return new(swappedProducts, swappedCategories, swappedPages,
            products.Count - swappedProducts, categories.Count - swappedCategories, pages.Count - swappedPages);
    }
}
