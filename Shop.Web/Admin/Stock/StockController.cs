using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Stock;

[Route("admin/stock")]
public sealed class StockController(StockAdjustments stock) : AdminController
{
    // The domain's refusals of an adjustment with their values (Shop.Domain.Catalog.StockMovement), as ShopText keys.
    private static readonly StoredSentences StockRefusals = new(
    [
        "Stock cannot go below zero: {0} on hand, so at most {0} can be removed.",
        "Stock can be at most 1,000,000: {0} on hand, so at most {1} can be added.",
    ]);

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
                ModelState.AddModelError(string.Empty, ShopText.Translate(form.VariantId is null
                    ? "Choose which variant's stock changes."
                    : "That variant was removed meanwhile; nothing changed. Choose one of the product's variants."));
            else if (result.Done)
            {
                Notice(ShopText.Translate("Stock adjusted: {0} on hand.", result.OnHand));
                return RedirectToAction(nameof(Product), new { id });
            }
            else ModelState.AddModelError(nameof(form.Delta), StockRefusals.Translate(result.Refusal!) ?? ShopText.Translate(result.Refusal!));
        }
        var model = await stock.PageAsync(id, null, form, ct);
        return model is null ? NotFound() : Invalid("Product", model);
    }
}
