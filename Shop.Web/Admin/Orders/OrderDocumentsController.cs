using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Shop.Web.Documents;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Orders;

/// <summary>
/// Packing slips, invoices and credit notes as PDF: of one order (from its page), or of the orders ticked on the "To fulfil" list,
/// one file for all. An order that cannot have one (never paid, for an invoice) is named in a header and left out.
/// </summary>
[Route("admin/orders")]
public sealed class OrderDocumentsController(OrderDocuments documents, StaffOrderQuery orders) : AdminController
{
    public const string LeftOutHeader = "X-Orders-Left-Out";
    private const string NoFonts = "Packing slips and invoices cannot be printed: the server has no font for PDFs (see its start-up log).";

    [HttpGet("{number}/packing-slip")]
    public Task<IActionResult> PackingSlip(string number, CancellationToken ct) =>
        OneAsync(number, "packing-slip", documents.PackingSlipsAsync, ct);

    [HttpGet("{number}/invoice")]
    public Task<IActionResult> Invoice(string number, CancellationToken ct) =>
        OneAsync(number, "invoice", documents.InvoicesAsync, ct);

    /// <summary>The credit note of one of the order's refunds; 409 for a refund made before the invoice (the invoice states it).</summary>
    [HttpGet("{number}/refunds/{refund:int}/credit-note")]
    public async Task<IActionResult> CreditNote(string number, int refund, CancellationToken ct)
    {
        if (!documents.CanPrint) return Refused(ShopText.Translate(NoFonts), StatusCodes.Status503ServiceUnavailable);
        if (await orders.FindAsync(number, ct) is not { } order || order.Refunds.All(r => r.Id != refund)) return NotFound();
        if (await documents.CreditNoteAsync(order, refund, ct) is not { } printed)
            return Refused($"This refund of order {order.Number} was made before its invoice was issued, so the invoice states it and there is no credit note.",
                StatusCodes.Status409Conflict);
        return File(printed.Pdf, "application/pdf", printed.FileName);
    }

    [HttpPost("to-fulfil/packing-slips")]
    [RequestFormLimits(ValueCountLimit = BulkShipForm.FieldLimit)]
    public Task<IActionResult> PackingSlips([CustomizeValidator(Skip = true)] BulkShipForm form, int? page, CancellationToken ct) =>
        SelectionAsync(form, page, "packing-slips", documents.PackingSlipsAsync, ct);

    [HttpPost("to-fulfil/invoices")]
    [RequestFormLimits(ValueCountLimit = BulkShipForm.FieldLimit)]
    public Task<IActionResult> Invoices([CustomizeValidator(Skip = true)] BulkShipForm form, int? page, CancellationToken ct) =>
        SelectionAsync(form, page, "invoices", documents.InvoicesAsync, ct);

    private async Task<IActionResult> OneAsync(string number, string kind,
        Func<IEnumerable<string>, CancellationToken, Task<PrintedOrders>> print, CancellationToken ct)
    {
        if (!documents.CanPrint) return Refused(ShopText.Translate(NoFonts), StatusCodes.Status503ServiceUnavailable);
        if (await orders.FindAsync(number, ct) is not { } order) return NotFound();
        var printed = await print([order.Number], ct);
        if (printed.Printed == 0)
            return Refused(kind == "invoice"
                ? ShopText.Translate("Order {0} was never paid, so it has no invoice.", order.Number)
                : ShopText.Translate("Order {0} was never paid, so it has no packing slip.", order.Number), StatusCodes.Status409Conflict);
        return File(printed.Pdf, "application/pdf", printed.FileName);
    }

    /// <summary>The PDF buttons post the list's whole form: a refusal shows it again as typed (tracking numbers, carrier).</summary>
    private async Task<IActionResult> SelectionAsync(BulkShipForm form, int? page, string kind,
        Func<IEnumerable<string>, CancellationToken, Task<PrintedOrders>> print, CancellationToken ct)
    {
        var selected = form.Selected;
        if (selected.Count is 0 or > OrderDocuments.Most)
        {
            ModelState.AddModelError("Selected", selected.Count == 0
                ? ShopText.Translate("Tick the orders to print first.")
                : ShopText.Translate("Print at most {0} orders at once.", OrderDocuments.Most));
            return Invalid("/Admin/Orders/Views/Orders/ToFulfil.cshtml",
                new FulfilmentPage(await orders.ToFulfilAsync(page, ct), form));
        }
        if (!documents.CanPrint) return Refused(ShopText.Translate(NoFonts), StatusCodes.Status503ServiceUnavailable);
        var printed = await print(selected, ct);
        if (printed.LeftOut.Count > 0) Response.Headers[LeftOutHeader] = string.Join(",", printed.LeftOut);
        if (printed.Printed == 0)
            return Problem(kind == "invoices"
                ? ShopText.Translate("None of the ticked orders can have invoices: {0}.", string.Join(", ", printed.LeftOut))
                : ShopText.Translate("None of the ticked orders can have packing slips: {0}.", string.Join(", ", printed.LeftOut)),
                statusCode: StatusCodes.Status409Conflict);
        return File(printed.Pdf, "application/pdf", printed.FileName);
    }

    /// <summary>Why there is no PDF, as a plain sentence (a link opened in a new tab shows it as is).</summary>
    private ContentResult Refused(string message, int status) =>
        new() { Content = message, StatusCode = status, ContentType = "text/plain; charset=utf-8" };
}
