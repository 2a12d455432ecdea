using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Admin.Stock;

[Route("admin/stock")]
public sealed class StockController(StockAdjustments stock) : AdminController
{
    /// <summary>The low-stock list: what to reorder first, running low (1–5) or with ?show=out sold out, paged.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(string? show, int? page, CancellationToken ct) => View(await stock.LowStockAsync(show, page, ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Product(int id, int? page, CancellationToken ct) =>
        await stock.PageAsync(id, page, null, ct) is { } model ? View(model) : NotFound();

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Product(int id, [CustomizeValidator(Skip = true)] StockAdjustmentForm form, CancellationToken ct)
    {
        if (await ValidAsync(form, ct))
        {
            var result = await stock.AdjustAsync(id, form.VariantId, form.Delta!.Value, form.Reason!.Value, form.Note, Staff, ct);
            if (result is null)
                ModelState.AddModelError(string.Empty, form.VariantId is null
                    ? "Choose which variant's stock changes."
                    : "That variant was removed meanwhile; nothing changed. Choose one of the product's variants.");
            else if (result.Done)
            {
                Notice($"Stock adjusted: {result.OnHand} on hand.");
                return RedirectToAction(nameof(Product), new { id });
            }
            else ModelState.AddModelError(nameof(form.Delta), result.Refusal!);
        }
        var model = await stock.PageAsync(id, null, form, ct);
        return model is null ? NotFound() : Invalid("Product", model);
    }
}
