using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Web.Admin.Audit;
using Shop.Web.Data;

namespace Shop.Web.Admin.Products;

/// <summary>
/// The catalog as a spreadsheet: export every product that is not archived, import rows matched by SKU
/// (new SKUs are created). An import is all or nothing: every row is checked first with the same rules as the
/// product form, and nothing is written unless the whole file is valid.
/// </summary>
public sealed class CatalogCsv(
    ShopDbContext db, FluentValidation.IValidator<ProductForm> rules, AuditTrail audit, TimeProvider clock)
{
    public const long MaxFileBytes = 2 * 1024 * 1024;
    public const int MaxRows = 5000;
    public static readonly string[] Columns = ["Sku", "Name", "Slug", "Category", "Price", "CompareAtPrice", "Stock", "Published", "Description"];

    public async Task<byte[]> ExportAsync(CancellationToken ct)
    {
        var products = await db.Products.AsNoTracking().Where(p => !p.IsArchived).OrderBy(p => p.Sku)
            .Select(p => new { p.Sku, p.Name, p.Slug, Category = p.Category!.Slug, p.Price, p.CompareAtPrice, StockOnHand = p.Variants.Sum(v => v.StockOnHand), p.IsPublished, p.Description })
            .ToListAsync(ct);
        using var output = new MemoryStream();
        // A cell starting with = + - @ would run as a formula in a spreadsheet; the writer prefixes a quote mark.
        await using (var csv = CsvWriter.Create(output, CsvWriterOptions.Default with { Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            csv.WriteRecord(Columns);
            foreach (var p in products)
            {
                csv.WriteRecord([p.Sku, p.Name, p.Slug, p.Category, Number(p.Price), p.CompareAtPrice is { } c ? Number(c) : "",
                    p.StockOnHand.ToString(CultureInfo.InvariantCulture), p.IsPublished ? "true" : "false", p.Description]);
            }
        }
        return output.ToArray();
    }

    public async Task<CatalogImportReport> ImportAsync(Stream file, StaffMember by, CancellationToken ct)
    {
        var (rows, problems) = await ReadAsync(file, ct);
        if (problems.Count > 0) return new CatalogImportReport(problems, 0, 0);
        if (rows.Count == 0) return CatalogImportReport.Refused(new ImportProblem(1, "The file has no product rows."));

        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Slug, c => c.Id, StringComparer.OrdinalIgnoreCase, ct);
        var existing = await db.Products.ToDictionaryAsync(p => p.Sku, StringComparer.OrdinalIgnoreCase, ct);
        var seenSkus = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var seenSlugs = new Dictionary<string, int>(StringComparer.Ordinal);
        var checkedRows = new List<(ImportRow Row, ProductForm Form, Product? Product)>();

        foreach (var row in rows)
        {
            var rowProblems = new List<string>();
            if (seenSkus.TryGetValue(row.Sku, out var firstSku)) rowProblems.Add($"SKU {row.Sku} is also on line {firstSku}.");
            else seenSkus[row.Sku] = row.Line;
            if (row.Slug.Length > 0)
            {
                if (seenSlugs.TryGetValue(row.Slug, out var firstSlug)) rowProblems.Add($"Slug {row.Slug} is also on line {firstSlug}.");
                else seenSlugs[row.Slug] = row.Line;
            }
            rowProblems.AddRange(row.ParseProblems);
            int? categoryId = null;
            if (row.Category.Length == 0) rowProblems.Add("Category: give the category's slug.");
            else if (categories.TryGetValue(row.Category, out var found)) categoryId = found;
            else rowProblems.Add($"Category: there is no category '{row.Category}'.");

            existing.TryGetValue(row.Sku, out var product);
            var form = new ProductForm
            {
                Id = product?.Id, Version = product?.Version ?? 0, Name = row.Name, Slug = row.Slug, Sku = row.Sku,
                Description = row.Description, Price = row.Price, CompareAtPrice = row.CompareAtPrice,
                InitialStock = row.Stock ?? 0, CategoryId = categoryId ?? 0, IsPublished = row.Published,
            };
            if (row.Stock is < 0 or > ProductFormValidator.MaxStock) rowProblems.Add("Stock: give a whole number from 0 to 1,000,000.");
            if (categoryId is not null)
            {
                var result = await rules.ValidateAsync(form, ct);
                rowProblems.AddRange(result.Errors.Where(e => e.PropertyName != nameof(ProductForm.InitialStock))
                    .Select(e => $"{e.PropertyName}: {e.ErrorMessage}"));
            }
            if (product?.IsArchived == true) rowProblems.Add($"SKU {row.Sku} belongs to an archived product.");
            problems.AddRange(rowProblems.Distinct().Select(m => new ImportProblem(row.Line, m)));
            checkedRows.Add((row, form, product));
        }
        if (problems.Count > 0) return new CatalogImportReport(problems, 0, 0);

        int created, updated;
        try
        {
            (created, updated) = await ApplyAsync(checkedRows, by, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved one of these products, or a sale moved stock the file sets, while the file was read.
            db.ChangeTracker.Clear();
            return CatalogImportReport.Refused(new ImportProblem(0,
                "Some of these products changed while the file was being imported (edited by someone else, or stock sold). Nothing was imported; import the file again."));
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Someone saved a product with one of these SKUs or web addresses while the file was being checked.
            db.ChangeTracker.Clear();
            return CatalogImportReport.Refused(new ImportProblem(0,
                "Another product took one of these SKUs or web addresses while the file was being imported. Nothing was imported; import the file again."));
        }
        return new CatalogImportReport([], created, updated);
    }

    private async Task<(int Created, int Updated)> ApplyAsync(List<(ImportRow Row, ProductForm Form, Product? Product)> rows, StaffMember by, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return await db.InTransactionAsync(async token =>
        {
            var added = new List<(Product Product, int Stock)>();
            var updated = 0;
            foreach (var (row, form, product) in rows)
            {
                if (product is null)
                {
                    var fresh = new Product(form.Name!, form.Slug!, form.Sku!, form.Description ?? "", form.Price!.Value, form.CategoryId!.Value, now);
                    fresh.Reprice(form.Price.Value, form.CompareAtPrice);
                    fresh.SetStock(row.Stock ?? 0);
                    if (row.Published) fresh.Publish();
                    db.Products.Add(fresh);
                    added.Add((fresh, row.Stock ?? 0));
                    continue;
                }
                var before = ProductSnapshot.Of(product);
                product.Rename(form.Name!, form.Slug!);
                product.Describe(form.Description ?? "");
                product.Reprice(form.Price!.Value, form.CompareAtPrice);
                product.MoveToCategory(form.CategoryId!.Value);
                if (row.Published) product.Publish(); else product.Unpublish();
                if (row.Stock is { } stock && stock != product.DefaultVariant.StockOnHand)
                {
                    var variant = product.DefaultVariant;
                    db.StockMovements.Add(new StockMovement(product.Id, variant.Id, variant.StockOnHand, stock - variant.StockOnHand,
                        StockMovementReason.Correction, "Catalog import", by.UserId, by.Email, now));
                    product.SetStock(stock);
                }
                if (ProductSnapshot.Of(product) == before) continue;
                product.Touch(now);
                audit.Record(by, ProductAdmin.EntityType, product.Id, "Imported", before, ProductSnapshot.Of(product));
                updated++;
            }
            await db.SaveChangesAsync(token);
            foreach (var (product, stock) in added)
            {
                if (stock > 0)
                    db.StockMovements.Add(new StockMovement(product.Id, product.DefaultVariant.Id, 0, stock, StockMovementReason.Received, "Catalog import", by.UserId, by.Email, now));
                audit.Record(by, ProductAdmin.EntityType, product.Id, "Imported", after: ProductSnapshot.Of(product));
            }
            await db.SaveChangesAsync(token);
            return (added.Count, updated);
        }, ct);
    }

    /// <summary>Reads and parses every row; problems with the file's shape or a value's format come back by line.</summary>
    private static async Task<(List<ImportRow> Rows, List<ImportProblem> Problems)> ReadAsync(Stream file, CancellationToken ct)
    {
        var rows = new List<ImportRow>();
        var problems = new List<ImportProblem>();
        var options = CsvReaderOptions.Default with { Separator = ',', TrackLineNumbers = true, FormatProvider = CultureInfo.InvariantCulture };
        try
        {
            await using var csv = CsvReader.Create(file, options);
            while (await csv.ReadAsync(ct))
            {
                var line = Convert.ToInt32(csv.LineNumber, CultureInfo.InvariantCulture);
                // Spreadsheets change header case and add spaces; "sku " is still the Sku column.
                var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
                foreach (var (name, value) in csv.Current.ToDictionary()) fields.TryAdd(name.Trim(), value?.ToString());
                if (rows.Count == 0 && problems.Count == 0)
                {
                    var missing = Columns.Where(c => c != "CompareAtPrice" && c != "Description" && !fields.ContainsKey(c)).ToList();
                    if (missing.Count > 0)
                    {
                        problems.Add(new ImportProblem(1, $"The header row lacks the column(s) {string.Join(", ", missing)}. Expected: {string.Join(",", Columns)}."));
                        return (rows, problems);
                    }
                }
                if (rows.Count >= MaxRows)
                {
                    problems.Add(new ImportProblem(line, $"A file may hold at most {MaxRows} products; split it into several files."));
                    return (rows, problems);
                }
                rows.Add(ImportRow.Parse(line, name => fields.GetValueOrDefault(name)));
            }
        }
        catch (CsvFormatException e)
        {
            problems.Add(new ImportProblem(Math.Max(1, Convert.ToInt32(e.LineNumber, CultureInfo.InvariantCulture)), "This line is not valid CSV (check its quotes and the number of columns)."));
        }
        return (rows, problems);
    }

    private static string Number(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
