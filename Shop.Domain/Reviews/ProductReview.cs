using System.Linq.Expressions;
using Shop.Domain.Ordering;

namespace Shop.Domain.Reviews;

/// <summary>
/// A shopper's stars and words about a product they bought: one per shopper and product, which they may edit (it then
/// waits for staff again). Staff approve it (shown, counted in the rating), hide it, and may reply. Plain text only.
/// </summary>
public class ProductReview
{
    public const int MinStars = 1, MaxStars = 5, TextMax = 2000, ReplyMax = 1000, AuthorMax = 100, LanguageMax = 10;

    public int Id { get; private set; }
    public int ProductId { get; private set; }
    public string UserId { get; private set; } = "";
    /// <summary>The name shown with the review, as the shopper's account had it when they wrote.</summary>
    public string Author { get; private set; } = "";
    public int Stars { get; private set; }
    public string Text { get; private set; } = "";
    /// <summary>The language the shopper wrote in ("de"), so pages in another mark it; null for reviews from before it was kept.</summary>
    public string? Language { get; private set; }
    public ReviewStatus Status { get; private set; }
    public string? Reply { get; private set; }
    public DateTimeOffset WrittenAt { get; private set; }
    public DateTimeOffset? ModeratedAt { get; private set; }

    private ProductReview() { }

    /// <summary>A first review; <paramref name="bought"/> says whether the shopper has a paid order line of the product.</summary>
    public static ProductReview Write(int productId, string userId, string author, bool bought, int stars, string? text, DateTimeOffset now,
        string? language = null)
    {
        if (!bought) throw new DomainException("Only shoppers who bought this product can review it.");
        var review = new ProductReview
        {
            ProductId = productId,
            UserId = Guard.Text(userId, nameof(userId), 450),
            Author = ShownName(author),
        };
        review.Edit(stars, text, now, language);
        return review;
    }

    /// <summary>The shopper rewrites their review: it is moderated again before it shows.</summary>
    public void Edit(int stars, string? text, DateTimeOffset now, string? language = null)
    {
        if (stars is < MinStars or > MaxStars) throw new DomainException($"Choose from {MinStars} to {MaxStars} stars.");
        Stars = stars;
        Text = Guard.Text(text, "Your review", TextMax, allowEmpty: true);
        Language = language is null ? null : Guard.Text(language, nameof(language), LanguageMax).ToLowerInvariant();
        Status = ReviewStatus.ToModerate;
        WrittenAt = now;
    }

    public void Approve(DateTimeOffset now) => Moderate(ReviewStatus.Approved, now);

    public void Hide(DateTimeOffset now) => Moderate(ReviewStatus.Hidden, now);

    /// <summary>A reply's length as the browser counts it: a line break is one character, though a form sends CRLF.</summary>
    public static int ReplyLength(string? reply) => (reply ?? "").Trim().ReplaceLineEndings("\n").Length;

    /// <summary>The shop's public answer under the review; empty removes it. Line breaks are kept as \n.</summary>
    public void ReplyWith(string? reply, DateTimeOffset now)
    {
        var text = Guard.Text(reply?.ReplaceLineEndings("\n"), "The reply", ReplyMax, allowEmpty: true);
        Reply = text.Length == 0 ? null : text;
        ModeratedAt = now;
    }

    public bool IsShown => Status == ReviewStatus.Approved;

    /// <summary>Order states in which the shopper has bought the goods (paid, and not given all the money back).</summary>
    public static readonly Expression<Func<Order, bool>> Bought = o =>
        o.Status == OrderStatus.Paid || o.Status == OrderStatus.PartiallyRefunded
        || o.Status == OrderStatus.Shipped || o.Status == OrderStatus.Delivered;

    private void Moderate(ReviewStatus status, DateTimeOffset now)
    {
        Status = status;
        ModeratedAt = now;
    }

    private static string ShownName(string? name)
    {
        var text = (name ?? "").Trim();
        // The first name only: a review is public.
        var first = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        return first.Length == 0 ? "A shopper" : first.Length > AuthorMax ? first[..AuthorMax] : first;
    }
}
