using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Shop.Domain;

namespace Shop.Web.Admin.Products;

[Route("admin/products")]
public sealed class ProductsController(ProductAdmin products, ProductImages images) : AdminController
{
    public const string ConflictMessage =
        "This product was changed by someone else while you were editing. Nothing was saved: your changes are still in the form; " +
        "open the product again in another tab to see theirs, then save again.";

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? sort, bool desc, bool archived, int? page, CancellationToken ct) =>
        View(await products.ListAsync(q, sort, desc, archived, page, ct));

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken ct) => View("Edit", await products.NewFormAsync(ct));

    [HttpPost("new")]
    public async Task<IActionResult> Create([CustomizeValidator(Skip = true)] ProductForm form, CancellationToken ct)
    {
        form.Id = null;
        if (!await ValidAsync(form, ct)) return Invalid("Edit", await products.WithChoicesAsync(form, ct));
        if (await products.CreateAsync(form, Staff, ct) is not { } id) return await TakenAsync(form, ct);
        Notice($"Created {form.Name}.");
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await products.FormAsync(id, ct) is { } form ? View(form) : NotFound();

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, [CustomizeValidator(Skip = true)] ProductForm form, CancellationToken ct)
    {
        form.Id = id;
        if (!await ValidAsync(form, ct)) return Invalid("Edit", await products.WithChoicesAsync(form, ct));
        switch (await products.UpdateAsync(form, Staff, ct))
        {
            case ProductSaveOutcome.NotFound:
                return NotFound();
            case ProductSaveOutcome.ChangedBySomeoneElse:
                ModelState.AddModelError("", ConflictMessage);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return View("Edit", await products.WithChoicesAsync(form, ct));
            case ProductSaveOutcome.NameTaken:
                return await TakenAsync(form, ct);
            default:
                Notice($"Saved {form.Name}.");
                return RedirectToAction(nameof(Edit), new { id });
        }
    }

    /// <summary>Another product took the SKU or web address between our check and our save: the validator, run again, says which.</summary>
    private async Task<IActionResult> TakenAsync(ProductForm form, CancellationToken ct)
    {
        ModelState.Clear();
        if (await ValidAsync(form, ct)) ModelState.AddModelError("", "Another product took this SKU or web address a moment ago. Nothing was saved.");
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Edit", await products.WithChoicesAsync(form, ct));
    }

    [HttpPost("{id:int}/publish")]
    public Task<IActionResult> Publish(int id, CancellationToken ct) => SetPublished(id, true, ct);

    [HttpPost("{id:int}/unpublish")]
    public Task<IActionResult> Unpublish(int id, CancellationToken ct) => SetPublished(id, false, ct);

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        switch (await products.RemoveAsync(id, Staff, ct))
        {
            case ProductRemoval.NotFound:
                return NotFound();
            case ProductRemoval.Archived:
                Notice("Past orders include this product, so it was archived instead of deleted: it is off sale for good and kept for their records.");
                return RedirectToAction(nameof(Index));
            default:
                Notice("Product deleted.");
                return RedirectToAction(nameof(Index));
        }
    }

    [HttpPost("{id:int}/image")]
    [RequestSizeLimit(ProductImages.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = ProductImages.MaxRequestBytes)]
    public async Task<IActionResult> Image(int id, IFormFile? image, CancellationToken ct)
    {
        if (await images.UploadAsync(id, image, Staff, ct) is { } refusal)
        {
            var form = await products.FormAsync(id, ct);
            if (form is null) return NotFound();
            ModelState.AddModelError("image", refusal);
            return Invalid("Edit", form);
        }
        Notice("Picture uploaded.");
        return RedirectToAction(nameof(Edit), new { id });
    }

    private async Task<IActionResult> SetPublished(int id, bool published, CancellationToken ct)
    {
        try
        {
            if (!await products.SetPublishedAsync(id, published, Staff, ct)) return NotFound();
            Notice(published ? "Published: shoppers can see it now." : "Unpublished: hidden from shoppers.");
        }
        catch (DomainException e)
        {
            Notice(e.Message);
        }
        return RedirectToAction(nameof(Edit), new { id });
    }
}
