using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Web.Data;

namespace Shop.Web.Admin.Products;

/// <summary>
/// The catalog written as a catalog file (<see cref="CatalogFile"/>), one row per variant: what an import reads back unchanged.
/// Each row's stock is written twice, Stock to edit and StockAtExport as it was, so an import moves stock by the edit only.
/// In the <see cref="CatalogFileFormat.Excel"/> format the file starts with a byte order mark, so Excel reads it as UTF-8.
/// </summary>
public sealed class CatalogExport(ShopDbContext db, IOptions<ShopOptions> shop)
{
    /// <summary>Products read at a time, so the whole catalog is never in memory.</summary>
    private const int Batch = 500;

    /// <summary>Writes the catalog (or one category of it) to <paramref name="output"/> in <paramref name="format"/> as it reads it, by SKU.</summary>
    public async Task WriteAsync(int? category, CatalogFileFormat format, Stream output, CancellationToken ct)
    {
        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Slug, ct);
        var currency = shop.Value.CurrencyCode;
        string Number(decimal? value) => format.Amount(value, currency);
        // A cell starting with = + - @ would run as a formula in a spreadsheet; the writer prefixes a quote mark.
        var writing = CsvWriterOptions.Default with
        {
            Injection = CsvInjection.Escape, Separator = format.Separator, WriteByteOrderMark = format == CatalogFileFormat.Excel,
        };
        await using var csv = CsvWriter.Create(output, writing, leaveOpen: true);
        await csv.WriteRecordAsync(CatalogFile.Columns, ct);
        var query = db.Products.AsNoTracking().IgnoreAutoIncludes().Where(p => !p.IsArchived && (category == null || p.CategoryId == category));
        string? after = null;
        while (true)
        {
            var products = await query.Where(p => after == null || string.Compare(p.Sku, after) > 0).OrderBy(p => p.Sku).Take(Batch)
                .Include(p => p.Variants).Include(p => p.Options).AsSplitQuery().ToListAsync(ct);
            foreach (var p in products)
            {
                var options = p.Options.OrderBy(o => o.Position).ToList();
                foreach (var v in p.Variants.OrderBy(v => v.Position))
                {
                    var values = v.Values;
                    string OptionName(int i) => i < options.Count ? options[i].Name : "";
                    string OptionValue(int i) => i < values.Count ? values[i] : "";
                    await csv.WriteRecordAsync([p.Slug, p.Sku, p.Name, categories.GetValueOrDefault(p.CategoryId, ""), Number(p.Price), Number(p.CompareAtPrice),
                        YesNo(p.IsPublished), YesNo(p.IsDigital), p.Brand ?? "", OptionName(0), OptionValue(0), OptionName(1), OptionValue(1), OptionName(2), OptionValue(2),
                        v.Sku, v.Gtin ?? "", Number(v.Price), Number(v.CompareAtPrice), v.WeightGrams?.ToString(CultureInfo.InvariantCulture) ?? "",
                        v.StockOnHand.ToString(CultureInfo.InvariantCulture), v.StockOnHand.ToString(CultureInfo.InvariantCulture), YesNo(v.IsPublished),
                        p.Description, format.Content(v.Content)], ct);
                }
            }
            if (products.Count < Batch) return;
            after = products[^1].Sku;
        }
    }

    private static string YesNo(bool value) => value ? "true" : "false";
}
