using Shop.Web.Admin.Products;

namespace Shop.Tests.Support;

public static class CatalogExportInMemory
{
    /// <summary>The whole catalog's file as the shop streams it to staff, held in memory for a test to read.</summary>
    public static async Task<byte[]> ExportAsync(this CatalogExport export, CancellationToken ct, CatalogFileFormat? format = null)
    {
        using var output = new MemoryStream();
        await export.WriteAsync(null, format ?? CatalogFileFormat.Comma, output, ct);
        return output.ToArray();
    }
}
