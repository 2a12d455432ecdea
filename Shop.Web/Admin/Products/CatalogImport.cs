using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Domain;
using Shop.Domain.Catalog;
using Shop.Web.Admin.Audit;
using Shop.Web.Data;

namespace Shop.Web.Admin.Products;

/// <summary>
/// A catalog file (<see cref="CatalogFile"/>) imported: one row per variant. The rows of one product share its <c>Slug</c> (the grouping key)
/// and repeat its product columns (a later row may leave them empty); a product without options is one row with empty
/// option columns. Products are matched by <c>Sku</c> (new SKUs are created), variants by <c>VariantSku</c> (or, left
/// empty, by their option values). An import is all or nothing: every row is checked first with the product form's
/// rules and the domain's, and nothing is written unless the whole file is valid. A file without the option columns
/// (the one-row-per-product format) leaves products' options as they are; one without <c>Digital</c>, their digital flag.
/// </summary>
public sealed partial class CatalogImport(
    ShopDbContext db, FluentValidation.IValidator<ProductForm> rules, AuditTrail audit, TimeProvider clock, IOptions<ShopOptions> shop)
{
    private const string Note = "Catalog import";

    private static readonly string[] OptionColumns = ["Option1Name", "Option1Value", "Option2Name", "Option2Value", "Option3Name", "Option3Value"];

    private static readonly string[] VariantColumns = ["VariantSku", "VariantPrice", "VariantCompareAtPrice", "WeightGrams", "Stock", "VariantPublished"];

    /// <summary>The product columns every row of a product repeats, as compared between its rows.</summary>
    private static readonly (string Column, Func<ImportRow, object?> Value)[] ProductColumns =
    [
        ("Sku", r => r.Sku), ("Name", r => r.Name), ("Category", r => r.Category.ToLowerInvariant()), ("Price", r => r.Price),
        ("CompareAtPrice", r => r.CompareAtPrice), ("Published", r => r.Published), ("Digital", r => r.Digital), ("Description", r => r.Description),
    ];

    public async Task<CatalogImportReport> ImportAsync(Stream file, StaffMember by, CancellationToken ct)
    {
        var (rows, columns, problems) = await CatalogFile.ReadAsync(file, ct);
        if (problems.Count > 0) return new CatalogImportReport(problems, 0, 0);
        if (rows.Count == 0) return CatalogImportReport.Refused(new ImportProblem(1, "The file has no product rows."));

        var format = new ImportFile(columns, OptionColumns.Any(columns.Contains));
        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Slug, c => c.Id, StringComparer.OrdinalIgnoreCase, ct);
        var existing = await db.Products.ToDictionaryAsync(p => p.Sku, StringComparer.OrdinalIgnoreCase, ct);
        var variantOwners = existing.Values.SelectMany(p => p.Variants.Select(v => (v.Sku, Product: p)))
            .ToDictionary(x => x.Sku, x => x.Product, StringComparer.OrdinalIgnoreCase);
        // Rows without a slug cannot belong to another row's product: each stands alone (and is refused for it).
        var products = rows.GroupBy(r => r.Slug.Length > 0 ? r.Slug : $"\n{r.Line}", StringComparer.Ordinal)
            .Select(g => new ImportedProduct(g.ToList())).ToList();
        var seen = new SeenSkus();
        foreach (var product in products)
        {
            existing.TryGetValue(product.First.Sku, out var match);
            product.Existing = match;
            problems.AddRange(await CheckAsync(product, format, categories, variantOwners, seen, ct));
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
                "Some of these products changed while the file was being imported (edited by someone else, or stock sold). Nothing was imported; import the file again."));
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Someone saved a product with one of these SKUs or web addresses while the file was being checked, or a SKU
            // the domain made for a new variant left without one is another product's.
            db.ChangeTracker.Clear();
            return CatalogImportReport.Refused(new ImportProblem(0,
                "A SKU or web address of this file was taken while it was being imported (by another product, or by a SKU made for a variant left without one). Nothing was imported; import the file again, or give every variant its SKU."));
        }
        if (problems.Count > 0)
        {
            db.ChangeTracker.Clear();
            return new CatalogImportReport(Sorted(problems), 0, 0);
        }
        return new CatalogImportReport([], created, updated);
    }

    /// <summary>Checks one product's rows against each other, the form's rules and the rest of the file; returns its problems.</summary>
    private async Task<List<ImportProblem>> CheckAsync(ImportedProduct product, ImportFile file, Dictionary<string, int> categories,
        Dictionary<string, Product> variantOwners, SeenSkus seen, CancellationToken ct)
    {
        var problems = new List<ImportProblem>();
        void Add(ImportRow row, string message) => problems.Add(new ImportProblem(row.Line, message));
        var first = product.First;
        var existing = product.Existing;

        foreach (var row in product.Rows)
            foreach (var message in row.ParseProblems) Add(row, message);
        foreach (var row in product.Rows.Skip(1))
            foreach (var (column, value) in ProductColumns)
                if (!row.Empty.Contains(column) && value(row) is { } given && !given.Equals(value(first)))
                    Add(row, $"{column} differs from line {first.Line}: the rows of a product repeat its product columns (or leave them empty).");

        var skuTwice = false;
        if (first.Sku.Length > 0)
        {
            if (seen.Products.TryGetValue(first.Sku, out var firstSku)) { Add(first, $"SKU {first.Sku} is also on line {firstSku}."); skuTwice = true; }
            else seen.Products[first.Sku] = first.Line;
        }
        if (first.Empty.Contains("Price") && !first.ParseProblems.Any(p => p.StartsWith("Price:", StringComparison.Ordinal)))
            Add(first, "Price: give a price such as 19.99.");

        int? categoryId = null;
        if (first.Category.Length == 0) Add(first, "Category: give the category's slug.");
        else if (categories.TryGetValue(first.Category, out var found)) categoryId = found;
        else Add(first, $"Category: there is no category '{first.Category}'.");
        product.CategoryId = categoryId ?? 0;
        if (categoryId is not null)
        {
            var form = new ProductForm
            {
                Id = existing?.Id, Version = existing?.Version ?? 0, Name = first.Name, Slug = first.Slug, Sku = first.Sku,
                Description = first.Description, Price = first.Price, CompareAtPrice = first.CompareAtPrice,
                InitialStock = 0, CategoryId = categoryId, IsPublished = first.Published ?? false,
            };
            var result = await rules.ValidateAsync(form, ct);
            foreach (var e in result.Errors.Where(e => e.PropertyName != nameof(ProductForm.InitialStock)))
                Add(first, $"{e.PropertyName}: {e.ErrorMessage}");
        }
        if (existing?.IsArchived == true) Add(first, $"SKU {first.Sku} belongs to an archived product.");

        foreach (var row in product.Rows)
        {
            if (row.Stock is < 0 or > ProductVariant.MaxStock) Add(row, "Stock: give a whole number from 0 to 1,000,000.");
            if (row.WeightGrams is < 0 or > ProductVariant.MaxWeightGrams) Add(row, "WeightGrams: give a whole number of grams from 0 to 1,000,000.");
            foreach (var (column, price) in new[] { ("VariantPrice", row.VariantPrice), ("VariantCompareAtPrice", row.VariantCompareAtPrice) })
                if (price is { } p && (p <= 0m || p > ProductFormValidator.MaxPrice))
                    Add(row, $"{column}: give a price above zero and at most 1,000,000 (or leave it empty).");
                else if (price is { } q && !CurrencyDigits.Fits(q, shop.Value.CurrencyCode))
                    Add(row, $"{column}: {CurrencyDigits.TooManyDecimals(shop.Value.CurrencyCode)}");
        }

        var shaped = CheckOptions(product, problems);
        if (!file.HasOptions && existing is { HasOptions: true } && product.Rows.Any(r => VariantColumns.Any(c => !r.Empty.Contains(c))))
            Add(first, $"SKU {first.Sku} has options ({string.Join(", ", existing.Options.OrderBy(o => o.Position).Select(o => o.Name))}): "
                       + "give its variants' stock, prices and SKUs on rows with the option columns (export the catalog to get them).");
        if (file.Columns.Contains("VariantPublished") && product.Rows.All(r => r.VariantPublished == false))
            Add(first, "VariantPublished: keep at least one variant on sale.");

        // Variant SKUs are unique across the shop; a product without options sells under its own SKU.
        foreach (var row in shaped ? product.Rows : [])
        {
            string? sku = row.VariantSku.Length > 0 ? row.VariantSku : null;
            if (product.OptionCount == 0)
            {
                if (sku is not null && sku != first.Sku)
                    Add(row, $"VariantSku: a product without options sells under its own SKU; leave VariantSku empty or give {first.Sku}.");
                sku = first.Sku.Length > 0 && !skuTwice ? first.Sku : null;
            }
            else if (sku is not null && (sku.Length > ProductVariant.MaxSkuLength || !SkuPattern().IsMatch(sku)))
            {
                Add(row, "VariantSku: a SKU holds letters, digits and hyphens (up to 40), such as TEE-M-BLUE.");
            }
            if (sku is null) continue;
            if (variantOwners.TryGetValue(sku, out var owner) && owner != existing)
                Add(row, $"{(row.VariantSku.Length > 0 ? "VariantSku" : "Sku")} {sku} is a variant of another product ({owner.Sku}, {owner.Name}).");
            if (seen.Variants.TryGetValue(sku, out var firstLine)) Add(row, $"Variant SKU {sku} is also on line {firstLine}.");
            else seen.Variants[sku] = row.Line;
        }
        return problems;
    }

    /// <summary>
    /// Derives the product's options from its rows (names from its first row, values in the order the rows give them) and
    /// checks that the rows are exactly one per combination, with the domain's limits on options and variants. False when
    /// the rows do not make variants (the problems say why).
    /// </summary>
    private bool CheckOptions(ImportedProduct product, List<ImportProblem> problems)
    {
        void Add(ImportRow row, string message) => problems.Add(new ImportProblem(row.Line, message));
        var first = product.First;
        var names = first.OptionNames;
        var count = names.TakeWhile(n => n.Length > 0).Count();
        var before = problems.Count;
        if (names.Skip(count).Any(n => n.Length > 0))
            Add(first, $"Option{count + 1}Name is empty while a later option is named: name the options from Option1 on.");
        foreach (var row in product.Rows)
        {
            for (var i = 0; i < names.Count; i++)
            {
                var (name, value) = (row.OptionNames[i], row.OptionValues[i]);
                if (row != first && name.Length > 0 && !name.Equals(names[i], StringComparison.OrdinalIgnoreCase))
                    Add(row, $"Option{i + 1}Name differs from line {first.Line} ('{ImportRow.Short(names[i])}'): the rows of a product name the same options.");
                else if (i < count && value.Length == 0)
                    Add(row, $"Option{i + 1}Value: give this variant's {names[i]}.");
                else if (i >= count && value.Length > 0)
                    Add(row, $"Option{i + 1}Value: '{ImportRow.Short(value)}' belongs to no option (Option{i + 1}Name is empty).");
            }
        }
        if (problems.Count > before) return false;

        product.OptionCount = count;
        product.Options = Enumerable.Range(0, count)
            .Select(i => (names[i], (IReadOnlyList<string>)product.Rows.Select(r => r.OptionValues[i]).Distinct(StringComparer.OrdinalIgnoreCase).ToList()))
            .ToList();
        try
        {
            // The domain's own rules (at most 3 options and 100 variants, lengths, names once) on a product made for the check.
            new Product("Check", "check", "CHECK", "", 1m, 1, clock.GetUtcNow()).DefineOptions(product.Options);
        }
        catch (DomainException e)
        {
            Add(first, e.Message);
            return false;
        }

        var lines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in product.Rows)
        {
            var key = string.Join("\n", row.Combination(count));
            if (!lines.TryGetValue(key, out var line)) lines[key] = row.Line;
            else if (count == 0) Add(row, $"Slug {first.Slug} is also on line {line}: a product without options has one row.");
            else Add(row, $"{string.Join(" / ", row.Combination(count))} is also on line {line}: each combination of option values is one variant.");
        }
        if (problems.Count > before) return false;

        var missing = Combinations(product.Options).Where(c => !lines.ContainsKey(string.Join("\n", c))).Select(c => string.Join(" / ", c)).ToList();
        if (missing.Count > 0)
            Add(first, $"{string.Join(" × ", product.Options.Select(o => o.Name))} make {lines.Count + missing.Count} variants, one row each; "
                       + $"add rows for {string.Join(", ", missing.Take(5))}{(missing.Count > 5 ? $" and {missing.Count - 5} more" : "")}.");
        return missing.Count == 0;
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
                    problems.Add(new ImportProblem(imported.First.Line, e.Message));
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
                        problems.Add(new ImportProblem(row.Line, e.Message));
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

        imported.Kept = imported.Existing is null ? [] : product.Variants.ToHashSet();
        var had = imported.Kept.ToDictionary(v => v.Sku, v => (Variant: v, v.Title), StringComparer.OrdinalIgnoreCase);
        if (file.HasOptions && !SameOptions(product, imported.Options)) product.DefineOptions(imported.Options);
        // Rows left out remove their variants, but not one holding stock: the editor writes that off only when staff confirm.
        foreach (var gone in imported.Kept.Where(v => v.StockOnHand > 0 && !product.Variants.Contains(v)))
            problems.Add(new ImportProblem(first.Line, $"The file leaves out {Title(gone.Title)} ({gone.Sku}) of SKU {first.Sku}, which has "
                + $"{gone.StockOnHand} in stock: add its row, or remove it in the product's editor, which writes its stock off."));
        // A file without option columns changes no variant of a product with options (the check refused any it gave).
        if (!file.HasOptions && product.HasOptions) return;

        foreach (var row in imported.Rows)
        {
            var variant = product.HasOptions ? product.VariantWith(row.Combination(imported.OptionCount)) : product.DefaultVariant;
            if (variant is null) throw new DomainException("This row matches none of the product's variants.");
            if (row.VariantSku.Length > 0 && had.TryGetValue(row.VariantSku, out var was) && was.Variant != variant)
            {
                problems.Add(new ImportProblem(row.Line, $"VariantSku {row.VariantSku} is the shop's {Title(was.Title)} of this product, and this file would make it "
                    + $"{Title(variant.Title)}: rename option values in one import and add or remove values in another, or give the row a new SKU."));
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
        product.ChangeVariant(variant.Id, sku, price, compareAt, weight, variant.ImagePath, Published(row, variant, file));

        if (row.Stock is not { } stock || stock == variant.StockOnHand) return;
        // New variants (and products) receive their first stock; known ones are corrected to what the file says.
        var reason = imported.Kept.Contains(variant) ? StockMovementReason.Correction : StockMovementReason.Received;
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

    private static List<IReadOnlyList<string>> Combinations(IReadOnlyList<(string Name, IReadOnlyList<string> Values)> options)
    {
        IEnumerable<IReadOnlyList<string>> all = [[]];
        foreach (var (_, values) in options)
            all = all.SelectMany(prefix => values.Select(v => (IReadOnlyList<string>)[.. prefix, v])).ToList();
        return all.ToList();
    }

    private static string Title(string title) => title.Length > 0 ? title : "variant without options";

    private static List<ImportProblem> Sorted(List<ImportProblem> problems) => problems.OrderBy(p => p.Line).Distinct().ToList();

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]*$")]
    private static partial System.Text.RegularExpressions.Regex SkuPattern();

    /// <summary>Which columns the file has; without the option columns products keep their options.</summary>
    private sealed record ImportFile(HashSet<string> Columns, bool HasOptions);

    /// <summary>Product and variant SKUs met so far in the file, with the line each first appeared on.</summary>
    private sealed class SeenSkus
    {
        public Dictionary<string, int> Products { get; } = new(StringComparer.OrdinalIgnoreCase);
        public Dictionary<string, int> Variants { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The rows of one product (one slug) and what checking and applying them found.</summary>
    private sealed class ImportedProduct(List<ImportRow> rows)
    {
        public List<ImportRow> Rows { get; } = rows;
        public ImportRow First => Rows[0];
        public Product? Existing { get; set; }
        public int CategoryId { get; set; }
        public int OptionCount { get; set; }
        public IReadOnlyList<(string Name, IReadOnlyList<string> Values)> Options { get; set; } = [];
        public Product? Product { get; set; }
        public ImportSnapshot? Before { get; set; }
        /// <summary>The variants the product had before the import (the others are new).</summary>
        public HashSet<ProductVariant> Kept { get; set; } = [];
        public List<(ImportRow Row, ProductVariant Variant)> Variants { get; } = [];
    }

    /// <summary>A product as an import records it in the audit log: the product, its description and every variant.</summary>
    private sealed record ImportSnapshot(ProductSnapshot Product, string Description, IReadOnlyList<VariantSnapshot> Variants)
    {
        public static ImportSnapshot Of(Product p) => new(ProductSnapshot.Of(p), p.Description,
            p.Variants.OrderBy(v => v.Position).Select(v => new VariantSnapshot(v.Sku, v.Title, v.Price, v.CompareAtPrice, v.WeightGrams, v.StockOnHand, v.IsPublished)).ToList());

        public bool SameAs(ImportSnapshot other) =>
            Product == other.Product && Description == other.Description && Variants.SequenceEqual(other.Variants);
    }

    private sealed record VariantSnapshot(string Sku, string Title, decimal? Price, decimal? CompareAtPrice, int? WeightGrams, int Stock, bool Published);
}
