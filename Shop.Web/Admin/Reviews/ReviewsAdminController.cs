using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Shop.Domain.Reviews;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Reviews;

/// <summary>Staff moderate shoppers' reviews: the "to moderate" list first, then the approved and hidden ones.</summary>
[Route("admin/reviews")]
public sealed class ReviewsAdminController(ReviewModeration moderation) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? show, int? page, CancellationToken ct) =>
        StatusOf(show) is { } status ? View(await moderation.ListAsync(status, page, ct)) : NotFound();

    [HttpPost("{id:int}/approve")]
    public Task<IActionResult> Approve(int id, string? show, CancellationToken ct) =>
        DecideAsync(id, ReviewDecision.Approve, null, show, ShopText.Translate("Review approved: it shows on the product's page."), ct);

    [HttpPost("{id:int}/hide")]
    public Task<IActionResult> Hide(int id, string? show, CancellationToken ct) =>
        DecideAsync(id, ReviewDecision.Hide, null, show, ShopText.Translate("Review hidden."), ct);

    [HttpPost("{id:int}/reply")]
    public async Task<IActionResult> Reply(int id, string? show, int? page, [CustomizeValidator(Skip = true)] ReplyForm form, CancellationToken ct)
    {
        if (!await ValidAsync(form, ct))
            return Invalid(nameof(Index), await moderation.ListAsync(StatusOf(show) ?? ReviewStatus.ToModerate, page, ct) with { Typed = new(id, form.Reply ?? "") });
        return await DecideAsync(id, ReviewDecision.Reply, form.Reply, show, ShopText.Translate(string.IsNullOrWhiteSpace(form.Reply) ? "Reply removed." : "Reply saved."), ct);
    }

    /// <summary>The list a <c>show</c> value names: "to-moderate" (the default), "approved" or "hidden".</summary>
    public static ReviewStatus? StatusOf(string? show) => show switch
    {
        null or "" or "to-moderate" => ReviewStatus.ToModerate,
        "approved" => ReviewStatus.Approved,
        "hidden" => ReviewStatus.Hidden,
        _ => null,
    };

    public static string ShowOf(ReviewStatus status) => status switch
    {
        ReviewStatus.Approved => "approved",
        ReviewStatus.Hidden => "hidden",
        _ => "to-moderate",
    };

    private async Task<IActionResult> DecideAsync(int id, ReviewDecision decision, string? reply, string? show, string done, CancellationToken ct)
    {
        if (!await moderation.DecideAsync(Staff, id, decision, reply, ct)) return NotFound();
        Notice(done);
        return Redirect($"/admin/reviews?show={ShowOf(StatusOf(show) ?? ReviewStatus.ToModerate)}");
    }
}
