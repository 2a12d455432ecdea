using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Admin.Products;

/// <summary>Catalog export and import as CSV.</summary>
[Route("admin/products")]
public sealed class CatalogFileController(CatalogExport export, CatalogImport import, TimeProvider clock) : AdminController
{
    [HttpGet("export")]
    public async Task<IActionResult> Export(CancellationToken ct) =>
        File(await export.ExportAsync(ct), "text/csv", $"catalog-{clock.GetUtcNow():yyyy-MM-dd}.csv");

    private const long UploadLimit = 4 * CatalogFile.MaxFileBytes;

    [HttpGet("import")]
    public IActionResult Import() => View(new CatalogImportReport([], 0, 0));

    // A file somewhat too large is still read, so the refusal is said on this page; a far larger one gets the 413 page.
    [HttpPost("import")]
    [RequestSizeLimit(UploadLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
    public async Task<IActionResult> Import(IFormFile? file, CancellationToken ct)
    {
        CatalogImportReport report;
        if (file is null || file.Length == 0)
            report = CatalogImportReport.Refused(new ImportProblem(0, "Choose a CSV file to import."));
        else if (file.Length > CatalogFile.MaxFileBytes)
            report = CatalogImportReport.Refused(new ImportProblem(0, "That file is larger than 2 MB; split it into several files."));
        else
        {
            await using var stream = file.OpenReadStream();
            report = await import.ImportAsync(stream, Staff, ct);
        }
        if (report.Applied)
        {
            Notice($"Import applied: {report.Created} product(s) created, {report.Updated} updated.");
            return RedirectToAction("Index", "Products");
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(report);
    }
}
