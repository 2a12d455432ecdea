using Microsoft.EntityFrameworkCore;
using Shop.Domain;
using Shop.Domain.Reviews;
using Shop.Web.Catalog;
using Shop.Web.Data;
using Shop.Web.Shared;

namespace Shop.Web.Reviews;

/// <summary>A shopper writes or rewrites their one review of a product they bought; the rules are <see cref="ProductReview"/>'s.</summary>
public sealed class ProductReviews(ShopDbContext db, TimeProvider clock)
{
    /// <summary>The page for <paramref name="slug"/>, or null when no such product is on sale.</summary>
    public async Task<ReviewPage?> PageAsync(string slug, string userId, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().Where(p => p.Slug == slug && p.IsPublished)
            .Select(p => new { p.Id, p.Name, p.Slug }).FirstOrDefaultAsync(ct);
        if (product is null) return null;
        var mine = await db.ProductReviews.AsNoTracking().FirstOrDefaultAsync(r => r.ProductId == product.Id && r.UserId == userId, ct);
        return new ReviewPage(product.Id, product.Name, product.Slug, await BoughtAsync(product.Id, userId, ct), mine?.Status, mine?.Reply)
        {
            Form = new ReviewForm { Stars = mine?.Stars, Text = mine?.Text },
        };
    }

    /// <summary>A page of the product's approved reviews, newest first, or null when no such product is on sale.</summary>
    public async Task<ReviewList?> ListAsync(string slug, int? page, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().Where(p => p.Slug == slug && p.IsPublished)
            .Select(p => new { p.Id, p.Name, p.Slug }).FirstOrDefaultAsync(ct);
        if (product is null) return null;
        var rating = (await ProductRatings.OfAsync(db, [product.Id], ct)).GetValueOrDefault(product.Id);
        var current = Paging.Clamp(Paging.Page(page), rating.Count);
        var reviews = await db.ProductReviews.AsNoTracking().Where(r => r.ProductId == product.Id && r.Status == ReviewStatus.Approved)
            .OrderByDescending(r => r.WrittenAt).ThenByDescending(r => r.Id).Skip(Paging.Skip(current, rating.Count)).Take(Paging.PageSize)
            .Select(r => new ReviewView(r.Author, r.Stars, r.Text, r.Reply, r.WrittenAt, r.Language))
            .ToListAsync(ct);
        return new ReviewList(product.Id, product.Name, product.Slug, rating, new PageOf<ReviewView>(reviews, current, Paging.PageSize, rating.Count));
    }

    /// <summary>Saves the shopper's review (a first one or a rewrite); a broken rule comes back as a <see cref="DomainException"/>.</summary>
    public async Task SaveAsync(ReviewPage page, string userId, ReviewForm form, string language, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var review = await db.ProductReviews.FirstOrDefaultAsync(r => r.ProductId == page.ProductId && r.UserId == userId, ct);
        if (review is null)
        {
            var author = await db.Users.Where(u => u.Id == userId).Select(u => u.FullName).FirstOrDefaultAsync(ct) ?? "";
            db.ProductReviews.Add(ProductReview.Write(page.ProductId, userId, author, page.Bought, form.Stars ?? 0, form.Text, now, language));
        }
        else
        {
            review.Edit(form.Stars ?? 0, form.Text, now, language);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // The same shopper posted twice at once (two tabs): the first review stands.
            throw new DomainException("You have already reviewed this product: open its review page again to change your review.");
        }
    }

    private Task<bool> BoughtAsync(int productId, string userId, CancellationToken ct) =>
        db.Orders.Where(ProductReview.Bought).AnyAsync(o => o.UserId == userId && o.Lines.Any(l => l.ProductId == productId), ct);
}
