using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Shop.Web.Languages;
using Shop.Web.Shared;

namespace Shop.Web.Admin.Products;

/// <summary>Catalog export and import as CSV.</summary>
[Route("admin/products")]
public sealed class CatalogFileController(CatalogExport export, CatalogImport import, TimeProvider clock) : AdminController
{
    /// <summary>
    /// The catalog, or with ?category= the product list's category alone, written as it is read; with ?format=excel as Excel
    /// saves it under German or French settings (semicolons, decimal commas), so such a merchant's round trip keeps one format.
    /// </summary>
    [HttpGet("export")]
    public IActionResult Export(int? category, string? format)
    {
        if (format is not (null or "" or ExcelFormat))
            return BadRequest($"There is no export format '{ImportRow.Short(format)}': leave format out for commas and decimal points, or ask format={ExcelFormat}.");
        var (written, suffix) = format == ExcelFormat ? (CatalogFileFormat.Excel, "-excel") : (CatalogFileFormat.Comma, "");
        var day = clock.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new StreamedFile("text/csv", category is { } id ? $"catalog-category-{id}-{day}{suffix}.csv" : $"catalog-{day}{suffix}.csv",
            (body, token) => export.WriteAsync(category, written, body, token));
    }

    /// <summary>The export's query value for <see cref="CatalogFileFormat.Excel"/>.</summary>
    public const string ExcelFormat = "excel";

    private const long UploadLimit = 4 * CatalogFile.MaxFileBytes;

    [HttpGet("import")]
    public IActionResult Import() => View(new CatalogImportReport([], 0, 0));

    // A file somewhat too large is still read, so the refusal is said on this page; a far larger one is refused on this
    // page too, by its length, before it is read (ImportTooLarge).
    [HttpPost("import")]
    [RequestSizeLimit(UploadLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
    [ImportTooLarge(UploadLimit)]
    public async Task<IActionResult> Import(IFormFile? file, CancellationToken ct)
    {
        CatalogImportReport report;
        if (file is null || file.Length == 0)
            report = CatalogImportReport.Refused(new ImportProblem(0, ShopText.Translate("Choose a CSV file to import.")));
        else if (file.Length > CatalogFile.MaxFileBytes)
            report = TooLarge;
        else
        {
            await using var stream = file.OpenReadStream();
            report = await import.ImportAsync(stream, Staff, ct);
        }
        if (report.Applied)
        {
            Notice(ShopText.Plural(report.Created, "Import applied: {0} product created, {1} updated.", "Import applied: {0} products created, {1} updated.", report.Updated) + (report.ReadAs is { } readAs ? " " + readAs : ""));
            return RedirectToAction("Index", "Products");
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(report);
    }

    private static CatalogImportReport TooLarge =>
        CatalogImportReport.Refused(new ImportProblem(0, ShopText.Translate("That file is larger than {0}; {1}", CatalogFile.MaxFileSize, ShopText.Translate(CatalogFile.SplitHint))));

    /// <summary>
    /// A body announced larger than the upload limit gets the import page's refusal (413) before anything reads it:
    /// reading it would end in the bare "too much to send" page.
    /// </summary>
    private sealed class ImportTooLargeAttribute(long limit) : Attribute, IAuthorizationFilter, IOrderedFilter
    {
        /// <summary>Before the filter that reads the form (UnreadableFormFilter, 950).</summary>
        public int Order => 940;

        public void OnAuthorization(AuthorizationFilterContext context)
        {
            if (context.HttpContext.Request.ContentLength <= limit) return;
            var services = context.HttpContext.RequestServices;
            context.Result = new ViewResult
            {
                ViewName = "Import",
                StatusCode = StatusCodes.Status413PayloadTooLarge,
                ViewData = new(services.GetRequiredService<Microsoft.AspNetCore.Mvc.ModelBinding.IModelMetadataProvider>(), context.ModelState) { Model = TooLarge },
                TempData = services.GetRequiredService<Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataDictionaryFactory>().GetTempData(context.HttpContext),
            };
        }
    }
}
