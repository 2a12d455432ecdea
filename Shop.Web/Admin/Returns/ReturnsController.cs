using Microsoft.AspNetCore.Mvc;
using Shop.Domain.Ordering;
using Shop.Web.Admin.Orders;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Returns;

/// <summary>
/// The staff return pages: the returns to handle, and each return with the step its status allows. A step that is
/// refused shows the return again with why (409, or 400 for a form error; 503 when the gateway could not be reached).
/// </summary>
[Route("admin/returns")]
public sealed class ReturnsController(StaffReturnQuery returns, StaffReturnActions actions) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(bool all, int? page, CancellationToken ct) => View(await returns.ListAsync(all, page, ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Detail(int id, CancellationToken ct) =>
        await returns.FindAsync(id, ct) is { } page ? View(page) : NotFound();

    [HttpPost("{id:int}/approve")]
    public async Task<IActionResult> Approve(int id, CancellationToken ct) => await ShowAsync(id, await actions.ApproveAsync(id, Staff, ct), ct);

    [HttpPost("{id:int}/refuse")]
    public async Task<IActionResult> Refuse(int id, string? reason, CancellationToken ct)
    {
        var text = reason?.Trim() ?? "";
        if (text.Length is 0 or > ReturnRequest.RefusalLength)
            return await RefusedAsync(id, StatusCodes.Status400BadRequest, text.Length == 0
                ? ShopText.Translate("Say why the return is refused: the shopper reads it.")
                : ShopText.Translate("Keep the reason to {0} characters or fewer.", ReturnRequest.RefusalLength), reason, ct);
        return await ShowAsync(id, await actions.RefuseAsync(id, text, Staff, ct), ct, reason);
    }

    /// <summary>Restock holds the ids of the return's lines whose items go back on the shelf.</summary>
    [HttpPost("{id:int}/receive")]
    public async Task<IActionResult> Receive(int id, List<int> restock, CancellationToken ct) =>
        await ShowAsync(id, await actions.ReceiveAsync(id, restock.ToHashSet(), Staff, ct), ct);

    [HttpPost("{id:int}/refund")]
    public async Task<IActionResult> Refund(int id, bool shipping, CancellationToken ct) =>
        await ShowAsync(id, await actions.RefundAsync(id, shipping, Staff, ct), ct);

    private async Task<IActionResult> ShowAsync(int id, OrderActionResult result, CancellationToken ct, string? reason = null)
    {
        switch (result.Outcome)
        {
            case OrderActionOutcome.NotFound:
                return NotFound();
            case OrderActionOutcome.Done:
                Notice(result.Message);
                return RedirectToAction(nameof(Detail), new { id });
            default:
                var status = result.Outcome == OrderActionOutcome.GatewayUnavailable
                    ? StatusCodes.Status503ServiceUnavailable
                    : StatusCodes.Status409Conflict;
                return await RefusedAsync(id, status, result.Message, reason, ct);
        }
    }

    private async Task<IActionResult> RefusedAsync(int id, int status, string error, string? reason, CancellationToken ct)
    {
        if (await returns.FindAsync(id, ct) is not { } page) return NotFound();
        Response.StatusCode = status;
        return View(nameof(Detail), page with { Error = error, RefuseReason = reason });
    }
}
