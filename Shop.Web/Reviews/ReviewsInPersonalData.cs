using Microsoft.EntityFrameworkCore;
using Shop.Web.Account;
using Shop.Web.Data;

namespace Shop.Web.Reviews;

/// <summary>The account's reviews in its copy of its data, hidden ones too, with the shop's reply.</summary>
public sealed class ReviewsInPersonalData(ShopDbContext db) : IPersonalDataPart
{
    public string Name => "reviews";

    public async Task<object> CopyAsync(ShopUser user, CancellationToken ct) =>
        await db.ProductReviews.AsNoTracking().Where(r => r.UserId == user.Id).OrderBy(r => r.WrittenAt)
            .Select(r => new
            {
                Product = db.Products.Where(p => p.Id == r.ProductId).Select(p => p.Name).FirstOrDefault(),
                r.Author, r.Stars, r.Text, r.Language, r.Status, r.WrittenAt, r.Reply,
            })
            .ToListAsync(ct);
}
