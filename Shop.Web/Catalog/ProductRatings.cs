using Microsoft.EntityFrameworkCore;
using Shop.Domain.Reviews;
using Shop.Web.Data;

namespace Shop.Web.Catalog;

/// <summary>
/// Products' ratings and shown reviews: approved reviews only. Read with the catalog, so cached under its version (cards
/// and product pages count them in their own query, the search snapshot reads all ratings here).
/// </summary>
public static class ProductRatings
{
    public const int ShownReviews = 20;

    /// <summary>The rating of each product among <paramref name="productIds"/> (all products when null) that has approved reviews.</summary>
    public static async Task<Dictionary<int, Rating>> OfAsync(ShopDbContext db, IReadOnlyCollection<int>? productIds, CancellationToken ct)
    {
        var approved = db.ProductReviews.AsNoTracking().Where(r => r.Status == ReviewStatus.Approved);
        if (productIds is not null) approved = approved.Where(r => productIds.Contains(r.ProductId));
        var rows = await approved.GroupBy(r => r.ProductId)
            .Select(g => new { ProductId = g.Key, Count = g.Count(), Stars = g.Sum(r => r.Stars) })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.ProductId, r => new Rating(r.Count, r.Stars));
    }

    public static Task<List<ReviewView>> ShownAsync(ShopDbContext db, int productId, CancellationToken ct) =>
        db.ProductReviews.AsNoTracking().Where(r => r.ProductId == productId && r.Status == ReviewStatus.Approved)
            .OrderByDescending(r => r.WrittenAt).Take(ShownReviews)
            .Select(r => new ReviewView(r.Author, r.Stars, r.Text, r.Reply, r.WrittenAt, r.Language))
            .ToListAsync(ct);
}
