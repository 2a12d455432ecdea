using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Domain;
using Shop.Domain.Catalog;
using Shop.Web.Admin.Audit;
using Shop.Web.Data;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Products;

/// <summary>
/// A catalog file (<see cref="CatalogFile"/>) imported: one row per variant. The rows of one product share its <c>Slug</c> (the grouping key)
/// and repeat its product columns (a later row may leave them empty); a product without options is one row with empty
/// option columns. Products are matched by <c>Sku</c> (new SKUs are created), variants by <c>VariantSku</c> (or, left
/// empty, by their option values). An import is all or nothing: every row is checked first (<see cref="CatalogImportCheck"/>) with the product form's
/// rules and the domain's, and nothing is written unless the whole file is valid. A file without the option columns
/// (the one-row-per-product format) leaves products' options as they are; one without <c>Digital</c>, their digital flag.
/// A row with <c>StockAtExport</c> changes a variant's stock by <c>Stock</c> − <c>StockAtExport</c> (<see cref="StockEdit"/>).
/// </summary>
public sealed class CatalogImport(
    ShopDbContext db, FluentValidation.IValidator<ProductForm> rules, AuditTrail audit, TimeProvider clock, IOptions<ShopOptions> shop)
{
    private const string Note = Stock.StockNotes.CatalogImport;

    private static readonly string[] OptionColumns = ["Option1Name", "Option1Value", "Option2Name", "Option2Value", "Option3Name", "Option3Value"];

    public async Task<CatalogImportReport> ImportAsync(Stream file, StaffMember by, CancellationToken ct)
    {
        var (rows, columns, read, problems) = await CatalogFile.ReadAsync(file, ct);
        var report = await ImportAsync(rows, columns, read, problems, by, ct);
        return report with { Format = read };
    }

    private async Task<CatalogImportReport> ImportAsync(List<ImportRow> rows, HashSet<string> columns, CatalogFileFormat read, List<ImportProblem> problems,
        StaffMember by, CancellationToken ct)
    {
        if (problems.Count > 0) return new CatalogImportReport(problems, 0, 0);
        if (rows.Count == 0) return CatalogImportReport.Refused(new ImportProblem(1, ShopText.Translate("The file has no product rows.")));

        var format = new ImportFile(columns, OptionColumns.Any(columns.Contains), read);
        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Slug, c => c.Id, StringComparer.OrdinalIgnoreCase, ct);
        var existing = (await NamedAsync(rows, ct)).ToDictionary(p => p.Sku, StringComparer.OrdinalIgnoreCase);
        var variantOwners = existing.Values.SelectMany(p => p.Variants.Select(v => (v.Sku, Product: p)))
            .ToDictionary(x => x.Sku, x => x.Product, StringComparer.OrdinalIgnoreCase);
        // Rows without a slug cannot belong to another row's product: each stands alone (and is refused for it).
        var products = rows.GroupBy(r => r.Slug.Length > 0 ? r.Slug : $"\n{r.Line}", StringComparer.Ordinal)
            .Select(g => new ImportedProduct(g.ToList())).ToList();
        // Saved barcodes by key (Gtin.Key), found in every form the file's could have been typed in.
        List<string?> barcodes = [.. rows.Select(r => r.Gtin).OfType<string>().SelectMany(Gtin.Forms).Distinct()];
        var gtinOwners = barcodes.Count == 0 ? [] : (await db.Variants.AsNoTracking().Where(v => barcodes.Contains(v.Gtin))
            .Join(db.Products, v => v.ProductId, p => p.Id, (v, p) => new { v.Gtin, p.Id, p.Sku, p.Name }).ToListAsync(ct))
            .DistinctBy(x => Gtin.Key(x.Gtin!)).ToDictionary(x => Gtin.Key(x.Gtin!), x => (x.Id, x.Sku, x.Name), StringComparer.Ordinal);
        var check = new CatalogImportCheck(rules, clock, shop.Value.CurrencyCode, format, categories, variantOwners, gtinOwners);
        foreach (var product in products)
        {
            existing.TryGetValue(product.First.Sku, out var match);
            product.Existing = match;
            problems.AddRange(await check.ProductAsync(product, ct));
        }
        if (problems.Count > 0) return new CatalogImportReport(Sorted(problems), 0, 0);

        int created, updated;
        try
        {
            (created, updated) = await ApplyAsync(products, format, by, problems, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved one of these products, or a sale moved stock the file sets, while the file was read.
            db.ChangeTracker.Clear();
            return CatalogImportReport.Refused(new ImportProblem(0,
                ShopText.Translate("Some of these products changed while the file was being imported (edited by someone else, or stock sold). Nothing was imported; import the file again.")));
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Someone saved a product with one of these SKUs or web addresses while the file was being checked, or a SKU
            // the domain made for a new variant left without one is another product's.
            db.ChangeTracker.Clear();
            return CatalogImportReport.Refused(new ImportProblem(0,
                ShopText.Translate("A SKU or web address of this file was taken while it was being imported (by another product, or by a SKU made for a variant left without one). Nothing was imported; import the file again, or give every variant its SKU.")));
        }
        if (problems.Count > 0)
        {
            db.ChangeTracker.Clear();
            return new CatalogImportReport(Sorted(problems), 0, 0);
        }
        return new CatalogImportReport([], created, updated);
    }

    /// <summary>
    /// The products the file names (by Sku) and those owning a variant SKU it names, tracked, with their variants: the
    /// import's cost follows the file, not the catalog. In batches, as a database takes so many parameters at once.
    /// </summary>
    private async Task<List<Product>> NamedAsync(List<ImportRow> rows, CancellationToken ct)
    {
        var skus = rows.SelectMany(r => new[] { r.Sku, r.VariantSku }).Where(s => s.Length > 0).Select(s => s.ToUpperInvariant())
            .Distinct(StringComparer.Ordinal).ToList();
        var found = new Dictionary<int, Product>();
        foreach (var batch in skus.Chunk(500))
            foreach (var product in await db.Products.Where(p => batch.Contains(p.Sku) || p.Variants.Any(v => batch.Contains(v.Sku))).ToListAsync(ct))
                found.TryAdd(product.Id, product);
        return [.. found.Values];
    }

    private async Task<(int Created, int Updated)> ApplyAsync(List<ImportedProduct> products, ImportFile file, StaffMember by,
        List<ImportProblem> problems, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return await db.InTransactionAsync(async token =>
        {
            // First the products and their options (new products and variants get their ids), then each variant's row.
            foreach (var imported in products)
            {
                try
                {
                    Shape(imported, file, problems, now);
                }
                catch (DomainException e)
                {
                    problems.Add(new ImportProblem(imported.First.Line, ShopText.Translate(e.Message)));
                }
            }
            if (problems.Count > 0) return await RollBackAsync(token);
            await db.SaveChangesAsync(token);

            foreach (var imported in products)
            {
                // Variants going on sale first: "keep one variant on sale" holds after each change, not just at the end.
                foreach (var (row, variant) in imported.Variants.OrderBy(x => Published(x.Row, x.Variant, file) ? 0 : 1))
                {
                    try
                    {
                        Fill(imported, row, variant, file, by, now);
                    }
                    catch (DomainException e)
                    {
                        problems.Add(new ImportProblem(row.Line, ShopText.Translate(e.Message)));
                    }
                }
            }
            if (problems.Count > 0) return await RollBackAsync(token);

            int created = 0, updated = 0;
            foreach (var imported in products)
            {
                var product = imported.Product!;
                var after = ImportSnapshot.Of(product);
                if (imported.Before is null)
                {
                    audit.Record(by, ProductAdmin.EntityType, product.Id, "Imported", after: after);
                    created++;
                }
                else if (!after.SameAs(imported.Before))
                {
                    product.Touch(now);
                    audit.Record(by, ProductAdmin.EntityType, product.Id, "Imported", imported.Before, after);
                    updated++;
                }
            }
            await db.SaveChangesAsync(token);
            return (created, updated);
        }, ct);
    }

    private async Task<(int, int)> RollBackAsync(CancellationToken ct)
    {
        await db.Database.RollbackTransactionAsync(ct);
        return (0, 0);
    }

    /// <summary>Product columns, options, and which variant each row is; a new product is added.</summary>
    private void Shape(ImportedProduct imported, ImportFile file, List<ImportProblem> problems, DateTimeOffset now)
    {
        var first = imported.First;
        var product = imported.Existing;
        if (product is null)
        {
            product = new Product(first.Name, first.Slug, first.Sku, first.Description, first.Price!.Value, imported.CategoryId, now);
            db.Products.Add(product);
        }
        else
        {
            imported.Before = ImportSnapshot.Of(product);
            product.Rename(first.Name, first.Slug);
            product.Describe(first.Description);
            product.MoveToCategory(imported.CategoryId);
        }
        imported.Product = product;
        product.Reprice(first.Price!.Value, first.CompareAtPrice);
        if (first.Published == true) product.Publish(); else product.Unpublish();
        if (file.Columns.Contains("Digital")) product.MarkDigital(first.Digital ?? false);
        if (file.Columns.Contains("Brand")) product.MadeBy(first.Brand);

        imported.Kept = imported.Existing is null ? [] : product.Variants.ToHashSet();
        var had = imported.Kept.ToDictionary(v => v.Sku, v => (Variant: v, v.Title), StringComparer.OrdinalIgnoreCase);
        if (file.HasOptions && !SameOptions(product, imported.Options)) product.DefineOptions(imported.Options);
        // Rows left out remove their variants, but not one holding stock: the editor writes that off only when staff confirm.
        foreach (var gone in imported.Kept.Where(v => v.StockOnHand > 0 && !product.Variants.Contains(v)))
            problems.Add(new ImportProblem(first.Line, ShopText.Translate("The file leaves out {0} ({1}) of SKU {2}, which has "
                + "{3} in stock: add its row, or remove it in the product's editor, which writes its stock off.", Title(gone.Title), gone.Sku, first.Sku, gone.StockOnHand)));
        // A file without option columns changes no variant of a product with options (the check refused any it gave).
        if (!file.HasOptions && product.HasOptions) return;

        foreach (var row in imported.Rows)
        {
            var variant = product.HasOptions ? product.VariantWith(row.Combination(imported.OptionCount)) : product.DefaultVariant;
            if (variant is null) throw new DomainException("This row matches none of the product's variants.");
            if (row.VariantSku.Length > 0 && had.TryGetValue(row.VariantSku, out var was) && was.Variant != variant)
            {
                problems.Add(new ImportProblem(row.Line, ShopText.Translate("VariantSku {0} is the shop's {1} of this product, and this file would make it "
                    + "{2}: rename option values in one import and add or remove values in another, or give the row a new SKU.", row.VariantSku, Title(was.Title), Title(variant.Title))));
                continue;
            }
            imported.Variants.Add((row, variant));
        }
    }

    /// <summary>One variant's columns and stock; a column the file does not have keeps the variant's value.</summary>
    private void Fill(ImportedProduct imported, ImportRow row, ProductVariant variant, ImportFile file, StaffMember by, DateTimeOffset now)
    {
        var product = imported.Product!;
        var sku = !product.HasOptions ? product.Sku : row.VariantSku.Length > 0 ? row.VariantSku : variant.Sku;
        var price = file.Columns.Contains("VariantPrice") ? row.VariantPrice : variant.Price;
        var compareAt = file.Columns.Contains("VariantCompareAtPrice") ? row.VariantCompareAtPrice : variant.CompareAtPrice;
        var weight = file.Columns.Contains("WeightGrams") ? row.WeightGrams : variant.WeightGrams;
        var content = file.Columns.Contains("Content") ? row.Content : variant.Content;
        product.ChangeVariant(variant.Id, sku, price, compareAt, weight, variant.ImagePath, Published(row, variant, file), content);
        if (file.Columns.Contains("Gtin")) product.Identify(variant.Id, row.Gtin);

        if (row.Stock is not { } typed) return;
        // New variants (and products) receive their first stock. Known ones move by the file's edit of the stock it was
        // exported with, so units sold since stay sold; a file without StockAtExport sets the stock it gives.
        var known = imported.Kept.Contains(variant);
        var stock = known && row.StockAtExport is { } exported ? new StockEdit(exported, typed).From(variant.StockOnHand) : typed;
        if (stock == variant.StockOnHand) return;
        var reason = known ? StockMovementReason.Correction : StockMovementReason.Received;
        db.StockMovements.Add(new StockMovement(product.Id, variant.Id, variant.StockOnHand, stock - variant.StockOnHand, reason, Note, by.UserId, by.Email, now));
        product.SetStock(variant.Id, stock);
    }

    private static bool Published(ImportRow row, ProductVariant variant, ImportFile file) =>
        file.Columns.Contains("VariantPublished") ? row.VariantPublished ?? true : variant.IsPublished;

    private static bool SameOptions(Product product, IReadOnlyList<(string Name, IReadOnlyList<string> Values)> options)
    {
        var had = product.Options.OrderBy(o => o.Position).ToList();
        return had.Count == options.Count
               && had.Zip(options).All(x => x.First.Name == x.Second.Name && x.First.Values.SequenceEqual(x.Second.Values, StringComparer.Ordinal));
    }

    private static string Title(string title) => title.Length > 0 ? title : ShopText.Translate("variant without options");

    private static List<ImportProblem> Sorted(List<ImportProblem> problems) => problems.OrderBy(p => p.Line).Distinct().ToList();
}
