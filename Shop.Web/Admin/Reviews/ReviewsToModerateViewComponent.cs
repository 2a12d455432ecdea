using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Admin.Reviews;

/// <summary>The staff menu's "Reviews" entry with how many wait for moderation.</summary>
public sealed class ReviewsToModerateViewComponent(ReviewModeration moderation) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("/Admin/Reviews/Views/Components/ReviewsToModerate.cshtml", await moderation.ToModerateCountAsync(HttpContext.RequestAborted));
}
