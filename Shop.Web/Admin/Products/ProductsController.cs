using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Shop.Domain;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Products;

[Route("admin/products")]
public sealed class ProductsController(ProductAdmin products, ProductEditor editor, ProductImages images, ProductVariants variants,
    ProductTranslations translations) : AdminController
{
    public const string ConflictMessage =
        "This product was changed by someone else while you were editing. Nothing was saved: your changes are still in the form; " +
        "open the product in another tab to see theirs. Saving this form again replaces theirs with yours.";

    public const string VariantsConflictMessage =
        "This product was changed by someone else while you were editing. Nothing was saved: below are its variants as they are now; " +
        "make your change again.";

    /// <summary>Variant grids post a dozen fields a row.</summary>
    private const int GridFieldLimit = 12 * Domain.Catalog.Product.MaxVariants + 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? sort, bool desc, bool archived, int? page, int? category, string? published,
        string? stock, CancellationToken ct) =>
        View(await products.ListAsync(q, sort, desc, archived, page, ct, new ProductTableFilter(category, published, stock)));

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken ct) => View("Edit", await editor.NewPageAsync(null, ct));

    [HttpPost("new")]
    [RequestSizeLimit(ProductImages.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = ProductImages.MaxRequestBytes)]
    public async Task<IActionResult> Create([CustomizeValidator(Skip = true)] ProductForm form, List<IFormFile>? pictures, CancellationToken ct)
    {
        form.Id = null;
        form.WriteSlug();
        await ValidAsync(form, ct);
        var batch = await images.ReadAsync(pictures, Domain.Catalog.Product.MaxImages, ct);
        foreach (var problem in batch.Problems) ModelState.AddModelError("pictures", problem);
        if (!ModelState.IsValid)
        {
            if (batch.Pictures.Count > 0) ModelState.AddModelError("pictures", ShopText.Translate("Nothing was saved: choose the pictures again."));
            return Invalid("Edit", await editor.NewPageAsync(form, ct));
        }
        if (await products.CreateAsync(form, Staff, ct) is not { } id) return await TakenAsync(form, ct);
        var added = batch.Pictures.Count == 0 ? null : await images.AddAsync(id, batch, Staff, ct);
        Notice(added is { Done: false } ? ShopText.Translate("Created {0}, but its pictures were not added: {1}", form.Name!, string.Join(" ", added.Problems)) : ShopText.Translate("Created {0}.", form.Name!));
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await editor.PageAsync(id, ct) is { } page ? View(page) : NotFound();

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, [CustomizeValidator(Skip = true)] ProductForm form, CancellationToken ct)
    {
        form.Id = id;
        form.WriteSlug();
        if (!await ValidAsync(form, ct)) return await EditorAsync(id, StatusCodes.Status400BadRequest, ct, details: form);
        switch (await products.UpdateAsync(form, Staff, ct))
        {
            case ProductSaveOutcome.NotFound:
                return NotFound();
            case ProductSaveOutcome.ChangedBySomeoneElse:
                ModelState.AddModelError("", ShopText.Translate(ConflictMessage));
                // The form now answers their save: pressing Save again replaces it, knowingly.
                form.Version = await products.VersionAsync(id, ct) ?? form.Version;
                return await EditorAsync(id, StatusCodes.Status409Conflict, ct, details: form);
            case ProductSaveOutcome.NameTaken:
                return await TakenAsync(form, ct);
            default:
                Notice(ShopText.Translate("Saved {0}.", form.Name!));
                return RedirectToAction(nameof(Edit), new { id });
        }
    }

    /// <summary>Another product took the SKU or web address between our check and our save: the validator, run again, says which.</summary>
    private async Task<IActionResult> TakenAsync(ProductForm form, CancellationToken ct)
    {
        ModelState.Clear();
        if (await ValidAsync(form, ct)) ModelState.AddModelError("", ShopText.Translate("Another product took this SKU or web address a moment ago. Nothing was saved."));
        if (form.Id is { } id) return await EditorAsync(id, StatusCodes.Status409Conflict, ct, details: form);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Edit", await editor.NewPageAsync(form, ct));
    }

    /// <summary>The name and description in one more storefront language; an empty name removes the translation.</summary>
    [HttpPost("{id:int}/translations/{language}")]
    public async Task<IActionResult> Translate(int id, string language, [CustomizeValidator(Skip = true)] ProductTranslationForm form, CancellationToken ct)
    {
        form.Language = language;
        if (!await ValidAsync(form, ct, prefix: "Translation"))
        {
            ForgetTranslationTyped();
            return await editor.PageAsync(id, ct, translation: form) is { } page ? Invalid("Edit", page) : NotFound();
        }
        if (!await translations.SaveAsync(id, form, Staff, ct)) return NotFound();
        Notice(ShopText.Translate(string.IsNullOrWhiteSpace(form.Name) ? "Removed the {0} translation." : "Saved the {0} translation.", ShopLanguage.NameInPage(language)));
        return Redirect($"/admin/products/{id}#translations");
    }

    [HttpPost("{id:int}/options")]
    public async Task<IActionResult> Options(int id, [CustomizeValidator(Skip = true)] ProductOptionsForm options, CancellationToken ct)
    {
        if (!await ValidAsync(options, ct, "Options")) return await EditorAsync(id, StatusCodes.Status400BadRequest, ct, options: options);
        var result = await variants.DefineOptionsAsync(id, options, Staff, ct);
        if (result.Outcome == VariantEditOutcome.ConfirmRemoval)
            return await EditorAsync(id, StatusCodes.Status200OK, ct, options: options, atRisk: result.AtRisk);
        return await AfterVariantsAsync(id, result, ShopText.Translate("Options saved: one variant per combination."), "Options", ct, options: options);
    }

    [HttpPost("{id:int}/variants")]
    [RequestFormLimits(ValueCountLimit = GridFieldLimit)]
    public async Task<IActionResult> Variants(int id, [CustomizeValidator(Skip = true)] VariantGridForm grid, CancellationToken ct)
    {
        grid.ProductId = id;
        if (!await ValidAsync(grid, ct, "Grid"))
        {
            ModelState.AddModelError("Grid", ShopText.Translate("Nothing was saved: fix the marked fields."));
            return await EditorAsync(id, StatusCodes.Status400BadRequest, ct, grid: grid);
        }
        return await AfterVariantsAsync(id, await variants.SaveGridAsync(id, grid, Staff, ct), ShopText.Translate("Variants saved."), "Grid", ct, grid: grid);
    }

    [HttpPost("{id:int}/variants/many")]
    [RequestFormLimits(ValueCountLimit = GridFieldLimit)]
    public async Task<IActionResult> ChangeMany(int id, [CustomizeValidator(Skip = true)] VariantBulkForm bulk,
        [FromServices] IOptions<ShopOptions> shop, CancellationToken ct)
    {
        bulk.Change = bulk.Intended;
        if (!await ValidAsync(bulk, ct, "Bulk")) return await EditorAsync(id, StatusCodes.Status400BadRequest, ct, bulk: bulk);
        var done = bulk.Change == VariantBulkForm.SetPrice
            ? ShopText.Translate("Price set to {0}.", string.Format(System.Globalization.CultureInfo.CurrentCulture, shop.Value.AmountFormat, bulk.NewPrice))
            : ShopText.Translate("Stock changed by {0:+0;-0} a variant.", bulk.Units!);
        return await AfterVariantsAsync(id, await variants.ChangeManyAsync(id, bulk, Staff, ct), done, "Bulk", ct, bulk: bulk);
    }

    /// <summary>Saved: back to the page. Refused: the page again with the message next to the part that was posted.</summary>
    private async Task<IActionResult> AfterVariantsAsync(int id, VariantEditResult result, string done, string part, CancellationToken ct,
        ProductOptionsForm? options = null, VariantGridForm? grid = null, VariantBulkForm? bulk = null)
    {
        switch (result.Outcome)
        {
            case VariantEditOutcome.NotFound:
                return NotFound();
            case VariantEditOutcome.ChangedBySomeoneElse:
                ModelState.Clear(); // show the product as it is now, not what was typed over an older version
                ModelState.AddModelError(part, ShopText.Translate(VariantsConflictMessage));
                return await EditorAsync(id, StatusCodes.Status409Conflict, ct);
            case VariantEditOutcome.Saved:
                Notice(done);
                return RedirectToAction(nameof(Edit), null, new { id }, "variants");
            default:
                ModelState.AddModelError(part, result.Message ?? ShopText.Translate("Nothing was saved."));
                return await EditorAsync(id, StatusCodes.Status400BadRequest, ct, options: options, grid: grid, bulk: bulk);
        }
    }

    [HttpPost("{id:int}/pictures")]
    [RequestSizeLimit(ProductImages.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = ProductImages.MaxRequestBytes)]
    public async Task<IActionResult> Pictures(int id, List<IFormFile>? pictures, CancellationToken ct)
    {
        var result = await images.UploadAsync(id, pictures, Staff, ct);
        return await AfterPicturesAsync(id, result, ShopText.Plural(result.Added, "Picture uploaded.", "{0} pictures uploaded."), ct);
    }

    [HttpPost("{id:int}/pictures/{imageId:int}/alt")]
    public async Task<IActionResult> DescribePicture(int id, int imageId, string? altText, CancellationToken ct) =>
        await AfterPicturesAsync(id, await images.DescribeAsync(id, imageId, altText, Staff, ct), ShopText.Translate("Picture description saved."), ct);

    [HttpPost("{id:int}/pictures/{imageId:int}/move")]
    public async Task<IActionResult> MovePicture(int id, int imageId, string? to, CancellationToken ct) =>
        await AfterPicturesAsync(id, await images.MoveAsync(id, imageId, to == "up" ? -1 : 1, Staff, ct), ShopText.Translate("Pictures reordered."), ct);

    [HttpPost("{id:int}/pictures/{imageId:int}/remove")]
    public async Task<IActionResult> RemovePicture(int id, int imageId, CancellationToken ct) =>
        await AfterPicturesAsync(id, await images.RemoveAsync(id, imageId, Staff, ct), ShopText.Translate("Picture removed."), ct);

    private async Task<IActionResult> AfterPicturesAsync(int id, PictureResult result, string done, CancellationToken ct)
    {
        if (!result.Found) return NotFound();
        if (result.Done)
        {
            Notice(done);
            return RedirectToAction(nameof(Edit), null, new { id }, "pictures");
        }
        foreach (var problem in result.Problems) ModelState.AddModelError("pictures", problem);
        return await EditorAsync(id, StatusCodes.Status400BadRequest, ct);
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
                Notice(ShopText.Translate("Past orders or discount codes name this product, so it was archived instead of deleted: it is off sale for good and kept for their records."));
                return RedirectToAction(nameof(Index));
            default:
                Notice(ShopText.Translate("Product deleted."));
                return RedirectToAction(nameof(Index));
        }
    }

    private async Task<IActionResult> SetPublished(int id, bool published, CancellationToken ct)
    {
        try
        {
            if (!await products.SetPublishedAsync(id, published, Staff, ct)) return NotFound();
            Notice(ShopText.Translate(published ? "Published: shoppers can see it now." : "Unpublished: hidden from shoppers."));
        }
        catch (DomainException e)
        {
            Notice(ShopText.Translate(e.Message));
        }
        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>The editor page with the given status, keeping the part that was posted.</summary>
    private async Task<IActionResult> EditorAsync(int id, int status, CancellationToken ct, ProductForm? details = null, ProductOptionsForm? options = null,
        VariantGridForm? grid = null, VariantBulkForm? bulk = null, IReadOnlyList<VariantAtRisk>? atRisk = null)
    {
        var page = await editor.PageAsync(id, ct, details, options, grid, bulk, atRisk);
        if (page is null) return NotFound();
        Response.StatusCode = status;
        return View("Edit", page);
    }
}
