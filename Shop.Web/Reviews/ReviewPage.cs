using Shop.Domain.Reviews;

namespace Shop.Web.Reviews;

/// <summary>
/// The review page of one product for one shopper: whether they may write (they bought it), their review if they
/// wrote one (with its moderation state and the shop's reply), and the form.
/// </summary>
public sealed record ReviewPage(int ProductId, string ProductName, string Slug, bool Bought, ReviewStatus? Status, string? Reply)
{
    public ReviewForm Form { get; init; } = new();

    public string StatusText => Languages.ShopText.Translate(Status switch
    {
        ReviewStatus.ToModerate => "Thank you: your review shows once our team has read it.",
        ReviewStatus.Approved => "Your review is shown on the product's page.",
        ReviewStatus.Hidden => "Your review is not shown: it did not follow our review guidelines. You can rewrite it.",
        _ => "",
    });
}
