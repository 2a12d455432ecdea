using System.Text.Json;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Shop.Domain.Ordering;
using Shop.Web.Languages;
using Shop.Web.Shared;

namespace Shop.Web.Admin.Orders;

/// <summary>
/// The staff order pages. Each action posts to /admin/orders/{number}/..., goes back to the order with a notice when
/// done, and otherwise shows the order again with the reason and a 4xx status (409 when the order's status or the
/// gateway refused, 400 for a form error, 503 when the gateway could not be reached). Refund and cancel move money:
/// their first post shows what will happen and asks to confirm.
/// </summary>
[Route("admin/orders")]
public sealed class OrdersController(StaffOrderQuery orders, StaffOrderActions actions, OrdersCsv csv, TimeProvider clock) : AdminController
{
    public const string FilterRefused = "That filter makes no sense, so every order is listed:";

    /// <summary>A filter that cannot be read (an unknown status, a day that does not exist) lists every order and says why (400).</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] OrderFilter filter, int? page, CancellationToken ct)
    {
        if (FilterProblems(filter) is not { } problems) return View(await orders.ListAsync(filter, page, ct));
        Response.StatusCode = StatusCodes.Status400BadRequest;
        ViewData["FilterError"] = $"{ShopText.Translate(FilterRefused)} {problems}";
        return View(await orders.ListAsync(new OrderFilter(), page, ct));
    }

    /// <summary>The orders the list's filter shows, all pages, as CSV; a filter that makes no sense exports nothing (400).</summary>
    [HttpGet("export")]
    public IActionResult Export([FromQuery] OrderFilter filter) =>
        FilterProblems(filter) is { } problems
            ? BadRequest(ShopText.Translate("That filter makes no sense: {0}", problems))
            : new StreamedFile("text/csv", $"orders-{clock.GetUtcNow():yyyy-MM-dd}.csv", (body, token) => csv.WriteAsync(filter, body, token));

    /// <summary>What cannot be read in the filter, in a sentence or two; null when it all can.</summary>
    private string? FilterProblems(OrderFilter filter)
    {
        static string NotA(string key, string? typed) => key switch
        {
            "From" or "To" => ShopText.Translate("'{0}' is not a day.", typed ?? ""),
            "Status" => ShopText.Translate("'{0}' is not a status.", typed ?? ""),
            _ => ShopText.Translate("'{0}' is not a {1}.", typed ?? "", key.ToLowerInvariant()),
        };
        var problems = ModelState.Where(e => e.Value?.Errors.Count > 0).Select(e => NotA(e.Key, e.Value!.AttemptedValue)).ToList();
        if (filter.From > filter.To) problems.Add(ShopText.Translate("the from day is after the to day."));
        return problems.Count == 0 ? null : string.Join(" ", problems);
    }

    /// <summary>Tracking numbers typed for orders that were not ticked, carried to the list shown after shipping.</summary>
    private const string KeptTrackingKey = "KeptTracking";

    /// <summary>Paid orders not shipped yet, oldest first (with the tracking numbers kept from the last ship, if any).</summary>
    [HttpGet("to-fulfil")]
    public async Task<IActionResult> ToFulfil(int? page, CancellationToken ct)
    {
        var kept = TempData[KeptTrackingKey] is string json ? JsonSerializer.Deserialize<Dictionary<string, string?>>(json) : null;
        return View(new FulfilmentPage(await orders.ToFulfilAsync(page, ct), new() { Tracking = kept ?? [] }));
    }

    /// <summary>
    /// Ships the ticked orders one by one; an order that cannot ship (shipped or refunded meanwhile) is named in the
    /// notice and the others still go. A form error ships none (400).
    /// </summary>
    [HttpPost("to-fulfil/ship")]
    [RequestFormLimits(ValueCountLimit = BulkShipForm.FieldLimit)]
    public async Task<IActionResult> ShipSelected(int? page, [CustomizeValidator(Skip = true)] BulkShipForm form, CancellationToken ct)
    {
        if (!await ValidAsync(form, ct))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(ToFulfil), new FulfilmentPage(await orders.ToFulfilAsync(page, ct), form));
        }
        var shipped = 0;
        var refused = new List<string>();
        foreach (var number in form.Selected.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var result = await actions.ShipAsync(number, form.TrackingOf(number)!, form.Carrier, Staff, ct);
            if (result.Outcome == OrderActionOutcome.Done) shipped++;
            else refused.Add(result.Outcome == OrderActionOutcome.NotFound ? ShopText.Translate("There is no order {0}.", number) : result.Message);
        }
        // A number typed without the tick is not lost with the page: the list shows it again, and the notice says why.
        if (form.TypedButNotTicked() is { Count: > 0 } kept)
        {
            refused.Add(ShopText.Translate("Not ticked, so not shipped: {0} (the tracking number typed is still in its box).", string.Join(", ", kept.Keys)));
            TempData[KeptTrackingKey] = JsonSerializer.Serialize(kept);
        }
        Notice(string.Join(" ", [ShopText.Plural(shipped, "{0} order marked shipped; its shopper was sent the tracking number.", "{0} orders marked shipped; each shopper was sent their tracking number."), .. refused]));
        return RedirectToAction(nameof(ToFulfil), new { page });
    }

    [HttpGet("{number}")]
    public async Task<IActionResult> Detail(string number, CancellationToken ct) =>
        await orders.FindAsync(number, ct) is { } order ? View(new OrderDetailPage(order, new(), new(), new(), new())) : NotFound();

    [HttpPost("{number}/ship")]
    public async Task<IActionResult> Ship(string number, [CustomizeValidator(Skip = true)] ShipForm form, CancellationToken ct)
    {
        if (!await ValidAsync(form, ct)) return await RefusedAsync(number, StatusCodes.Status400BadRequest, null, ship: form, ct: ct);
        return await ShowAsync(number, await actions.ShipAsync(number, form.TrackingNumber!, form.Carrier, Staff, ct), ship: form, ct: ct);
    }

    [HttpPost("{number}/note")]
    public async Task<IActionResult> Note(string number, [CustomizeValidator(Skip = true)] NoteForm form, CancellationToken ct)
    {
        if (!await ValidAsync(form, ct)) return await RefusedAsync(number, StatusCodes.Status400BadRequest, null, note: form, ct: ct);
        return await ShowAsync(number, await actions.AddNoteAsync(number, form.Text!, form.ForShopper, Staff, ct), note: form, ct: ct);
    }

    [HttpPost("{number}/delivery-address")]
    public async Task<IActionResult> DeliveryAddress(string number, [CustomizeValidator(Skip = true)] DeliveryAddressForm form, CancellationToken ct)
    {
        if (!await ValidAsync(form, ct)) return await RefusedAsync(number, StatusCodes.Status400BadRequest, null, delivery: form, ct: ct);
        return await ShowAsync(number, await actions.ChangeDeliveryAddressAsync(number, form.ToAddress(), form.Was, Staff, ct), delivery: form, ct: ct);
    }

    [HttpPost("{number}/deliver")]
    public async Task<IActionResult> Deliver(string number, CancellationToken ct) =>
        await ShowAsync(number, await actions.MarkDeliveredAsync(number, Staff, ct), ct: ct);

    [HttpPost("{number}/cancel")]
    public async Task<IActionResult> Cancel(string number, [CustomizeValidator(Skip = true)] CancelForm form, CancellationToken ct)
    {
        if (!await ValidAsync(form, ct)) return await RefusedAsync(number, StatusCodes.Status400BadRequest, null, cancel: form, ct: ct);
        if (!form.Confirmed) return await ConfirmAsync(number, o => o.CancelRefusal(clock.GetUtcNow()), cancel: form, ct: ct);
        return await ShowAsync(number, await actions.CancelAsync(number, form.Reason!.Trim(), Staff, ct), cancel: form, ct: ct);
    }

    [HttpPost("{number}/refund")]
    public async Task<IActionResult> Refund(string number, [CustomizeValidator(Skip = true)] RefundForm form, CancellationToken ct)
    {
        if (!await ValidAsync(form, ct)) return await RefusedAsync(number, StatusCodes.Status400BadRequest, null, refund: form, ct: ct);
        if (!form.Confirmed || form.RefundedBefore is null)
            return await ConfirmAsync(number, o => StaffOrderActions.RefundRefusal(o, form.Amount!.Value), refund: form, ct: ct);
        return await ShowAsync(number, await actions.RefundAsync(number, form.Amount!.Value, Staff, ct, refundedBefore: form.RefundedBefore,
            reason: form.RefundReason), refund: form, ct: ct);
    }

    /// <summary>Shows what the action will do to the money and asks again; a refused action is refused here already.</summary>
    private async Task<IActionResult> ConfirmAsync(string number, Func<Order, string?> refusal, RefundForm? refund = null,
        CancelForm? cancel = null, CancellationToken ct = default)
    {
        if (await orders.FindAsync(number, ct) is not { } order) return NotFound();
        if (refusal(order) is { } refused) return await RefusedAsync(number, StatusCodes.Status409Conflict, StaffRefusals.Translate(refused), null, refund, cancel, ct: ct);
        return View("Confirm", new OrderConfirmPage(order, refund, cancel));
    }

    private async Task<IActionResult> ShowAsync(string number, OrderActionResult result, ShipForm? ship = null,
        RefundForm? refund = null, CancelForm? cancel = null, NoteForm? note = null, DeliveryAddressForm? delivery = null, CancellationToken ct = default)
    {
        switch (result.Outcome)
        {
            case OrderActionOutcome.NotFound:
                return NotFound();
            case OrderActionOutcome.Done:
                Notice(result.Message);
                return Redirect($"~/admin/orders/{Uri.EscapeDataString(number.Trim().ToUpperInvariant())}"); // not RedirectToAction: lower-case URLs write the number small
            default:
                var status = result.Outcome == OrderActionOutcome.GatewayUnavailable
                    ? StatusCodes.Status503ServiceUnavailable
                    : StatusCodes.Status409Conflict;
                return await RefusedAsync(number, status, result.Message, ship, refund, cancel, note, delivery, ct);
        }
    }

    private async Task<IActionResult> RefusedAsync(string number, int status, string? error, ShipForm? ship = null,
        RefundForm? refund = null, CancelForm? cancel = null, NoteForm? note = null, DeliveryAddressForm? delivery = null, CancellationToken ct = default)
    {
        if (await orders.FindAsync(number, ct) is not { } order) return NotFound();
        Response.StatusCode = status;
        return View(nameof(Detail), new OrderDetailPage(order, ship ?? new(), refund ?? new(), cancel ?? new(), note ?? new(), error, delivery));
    }
}
