using Microsoft.EntityFrameworkCore;
using Shop.Domain.Reviews;
using Shop.Web.Admin.Audit;
using Shop.Web.Data;
using Shop.Web.Shared;

namespace Shop.Web.Admin.Reviews;

/// <summary>
/// Staff read reviews, approve or hide them and reply. Approving or hiding changes what catalog pages show; the
/// catalog hears of it from the save itself (CatalogChanges), nothing here refreshes a cache.
/// </summary>
public sealed class ReviewModeration(ShopDbContext db, AuditTrail audit, TimeProvider clock)
{
    public Task<int> ToModerateCountAsync(CancellationToken ct) =>
        db.ProductReviews.CountAsync(r => r.Status == ReviewStatus.ToModerate, ct);

    public async Task<ReviewList> ListAsync(ReviewStatus status, int? requestedPage, CancellationToken ct)
    {
        var reviews = db.ProductReviews.AsNoTracking().Where(r => r.Status == status);
        var total = await reviews.CountAsync(ct);
        var page = Paging.Clamp(Paging.Page(requestedPage), total);
        var rows = await reviews.OrderBy(r => r.WrittenAt).ThenBy(r => r.Id)
            .Skip(Paging.Skip(page, total)).Take(Paging.PageSize)
            .Select(r => new ReviewRow(r.Id, db.Products.Where(p => p.Id == r.ProductId).Select(p => p.Name).First(),
                db.Products.Where(p => p.Id == r.ProductId).Select(p => p.Slug).First(), r.Author, r.Stars, r.Text, r.Reply, r.Status, r.WrittenAt))
            .ToListAsync(ct);
        return new ReviewList(status, new PageOf<ReviewRow>(rows, page, Paging.PageSize, total), await ToModerateCountAsync(ct));
    }

    /// <summary>Applies one staff decision to a review; false when there is no such review.</summary>
    public async Task<bool> DecideAsync(StaffMember staff, int id, ReviewDecision decision, string? reply, CancellationToken ct)
    {
        var review = await db.ProductReviews.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (review is null) return false;
        var before = new { review.Status, review.Reply };
        var now = clock.GetUtcNow();
        switch (decision)
        {
            case ReviewDecision.Approve: review.Approve(now); break;
            case ReviewDecision.Hide: review.Hide(now); break;
            case ReviewDecision.Reply: review.ReplyWith(reply, now); break;
        }
        audit.Record(staff, nameof(ProductReview), review.Id, decision.ToString(), before, new { review.Status, review.Reply });
        await db.SaveChangesAsync(ct);
        return true;
    }
}

public enum ReviewDecision { Approve, Hide, Reply }

public sealed record ReviewRow(int Id, string ProductName, string ProductSlug, string Author, int Stars, string Text, string? Reply,
    ReviewStatus Status, DateTimeOffset WrittenAt);

/// <param name="Typed">A reply refused as typed: it goes back into its review's box.</param>
public sealed record ReviewList(ReviewStatus Showing, PageOf<ReviewRow> Reviews, int ToModerate, TypedReply? Typed = null);

public sealed record TypedReply(int ReviewId, string Reply);
