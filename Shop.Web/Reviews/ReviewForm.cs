namespace Shop.Web.Reviews;

/// <summary>A shopper's review as typed: 1 to 5 stars and plain text.</summary>
public sealed class ReviewForm
{
    public int? Stars { get; set; }
    public string? Text { get; set; }
}
