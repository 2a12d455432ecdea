using Shop.Domain;
using Shop.Domain.Catalog;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Products;

/// <summary>
/// The checks of one catalog file's products (<see cref="CatalogImport"/>), before anything is written: each product's
/// rows against each other, the product form's rules and the domain's, and the rest of the file (a SKU met twice, a
/// variant SKU of another product). One per import: it remembers the SKUs met so far.
/// </summary>
internal sealed partial class CatalogImportCheck(FluentValidation.IValidator<ProductForm> rules, TimeProvider clock, string currencyCode,
    ImportFile file, Dictionary<string, int> categories, Dictionary<string, Product> variantOwners, Dictionary<string, (int ProductId, string Sku, string Name)> gtinOwners)
{
    /// <summary>The product columns every row of a product repeats, as compared between its rows.</summary>
    private static readonly (string Column, Func<ImportRow, object?> Value)[] ProductColumns =
    [
        ("Sku", r => r.Sku), ("Name", r => r.Name), ("Category", r => r.Category.ToLowerInvariant()), ("Price", r => r.Price),
        ("CompareAtPrice", r => r.CompareAtPrice), ("Published", r => r.Published), ("Digital", r => r.Digital), ("Description", r => r.Description),
        ("Brand", r => r.Brand),
    ];

    private static readonly string[] VariantColumns = ["VariantSku", "VariantPrice", "VariantCompareAtPrice", "WeightGrams", "Stock", "StockAtExport", "VariantPublished", "Content", "Gtin"];

    private readonly SeenSkus seen = new();

    /// <summary>Checks one product's rows against each other, the form's rules and the rest of the file; returns its problems.</summary>
    public async Task<List<ImportProblem>> ProductAsync(ImportedProduct product, CancellationToken ct)
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
                    Add(row, ShopText.Translate("{0} differs from line {1}: the rows of a product repeat its product columns (or leave them empty).", column, first.Line));

        var skuTwice = false;
        if (first.Sku.Length > 0)
        {
            if (seen.Products.TryGetValue(first.Sku, out var firstSku)) { Add(first, ShopText.Translate("SKU {0} is also on line {1}.", first.Sku, firstSku)); skuTwice = true; }
            else seen.Products[first.Sku] = first.Line;
        }
        if (first.Empty.Contains("Price") && !first.ParseProblems.Any(p => p.StartsWith("Price:", StringComparison.Ordinal)))
            Add(first, ShopText.Translate("Price: give a price such as {0}.", file.Format.AmountExample));

        int? categoryId = null;
        if (first.Category.Length == 0) Add(first, ShopText.Translate("Category: give the category's slug."));
        else if (categories.TryGetValue(first.Category, out var found)) categoryId = found;
        else Add(first, ShopText.Translate("Category: there is no category '{0}'.", first.Category));
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
            // A value the file could not read is named once, by its parse problem, not again as missing.
            foreach (var e in result.Errors.Where(e => e.PropertyName != nameof(ProductForm.InitialStock)
                         && !first.ParseProblems.Any(p => p.StartsWith(e.PropertyName + ":", StringComparison.Ordinal))))
                Add(first, $"{e.PropertyName}: {e.ErrorMessage}");
        }
        if (existing?.IsArchived == true) Add(first, ShopText.Translate("SKU {0} belongs to an archived product.", first.Sku));

        foreach (var row in product.Rows)
        {
            if (row.Stock is < 0 or > ProductVariant.MaxStock) Add(row, ShopText.Translate("Stock: give a whole number from 0 to 1,000,000."));
            if (row.StockAtExport is < 0 or > ProductVariant.MaxStock) Add(row, ShopText.Translate("StockAtExport: give a whole number from 0 to 1,000,000 (or leave it empty)."));
            if (row.WeightGrams is < 0 or > ProductVariant.MaxWeightGrams) Add(row, ShopText.Translate("WeightGrams: give a whole number of grams from 0 to 1,000,000."));
            foreach (var (column, price) in new[] { ("VariantPrice", row.VariantPrice), ("VariantCompareAtPrice", row.VariantCompareAtPrice) })
                if (price is { } p && (p <= 0m || p > ProductFormValidator.MaxPrice))
                    Add(row, ShopText.Translate("{0}: give a price above zero and at most 1,000,000 (or leave it empty).", column));
                else if (price is { } q && !CurrencyDigits.Fits(q, currencyCode))
                    Add(row, $"{column}: {ShopText.Translate(CurrencyDigits.TooManyDecimals(currencyCode))}");
        }

        var shaped = CheckOptions(product, problems);
        if (!file.HasOptions && existing is { HasOptions: true } && product.Rows.Any(r => VariantColumns.Any(c => !r.Empty.Contains(c))))
            Add(first, ShopText.Translate("SKU {0} has options ({1}): "
                       + "give its variants' stock, prices and SKUs on rows with the option columns (export the catalog to get them).",
                first.Sku, string.Join(", ", existing.Options.OrderBy(o => o.Position).Select(o => o.Name))));
        if (file.Columns.Contains("VariantPublished") && product.Rows.All(r => r.VariantPublished == false))
            Add(first, ShopText.Translate("VariantPublished: keep at least one variant on sale."));

        // Variant SKUs are unique across the shop; a product without options sells under its own SKU.
        foreach (var row in shaped ? product.Rows : [])
        {
            string? sku = row.VariantSku.Length > 0 ? row.VariantSku : null;
            if (product.OptionCount == 0)
            {
                if (sku is not null && sku != first.Sku)
                    Add(row, ShopText.Translate("VariantSku: a product without options sells under its own SKU; leave VariantSku empty or give {0}.", first.Sku));
                sku = first.Sku.Length > 0 && !skuTwice ? first.Sku : null;
            }
            else if (sku is not null && (sku.Length > ProductVariant.MaxSkuLength || !SkuPattern().IsMatch(sku)))
            {
                Add(row, ShopText.Translate("VariantSku: a SKU holds letters, digits and hyphens (up to 40), such as TEE-M-BLUE."));
            }
            if (sku is null) continue;
            if (variantOwners.TryGetValue(sku, out var owner) && owner != existing)
                Add(row, ShopText.Translate("{0} {1} is a variant of another product ({2}, {3}).", row.VariantSku.Length > 0 ? "VariantSku" : "Sku", sku, owner.Sku, owner.Name));
            if (seen.Variants.TryGetValue(sku, out var firstLine)) Add(row, ShopText.Translate("Variant SKU {0} is also on line {1}.", sku, firstLine));
            else seen.Variants[sku] = row.Line;
        }
        // A barcode is one variant's in the whole catalog.
        foreach (var row in product.Rows.Where(r => r.Gtin is not null))
        {
            var key = Gtin.Key(row.Gtin!);
            if (gtinOwners.TryGetValue(key, out var owner) && owner.ProductId != existing?.Id)
                Add(row, ShopText.Translate("Gtin {0} is a variant of another product ({1}, {2}).", row.Gtin!, owner.Sku, owner.Name));
            if (seen.Gtins.TryGetValue(key, out var firstLine)) Add(row, ShopText.Translate("Gtin {0} is also on line {1}.", row.Gtin!, firstLine));
            else seen.Gtins[key] = row.Line;
        }
        if (first.Brand.Length > Product.BrandMax) Add(first, ShopText.Translate("Brand: keep it to {0} characters or fewer.", Product.BrandMax));
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
            Add(first, ShopText.Translate("Option{0}Name is empty while a later option is named: name the options from Option1 on.", count + 1));
        foreach (var row in product.Rows)
        {
            for (var i = 0; i < names.Count; i++)
            {
                var (name, value) = (row.OptionNames[i], row.OptionValues[i]);
                if (row != first && name.Length > 0 && !name.Equals(names[i], StringComparison.OrdinalIgnoreCase))
                    Add(row, ShopText.Translate("Option{0}Name differs from line {1} ('{2}'): the rows of a product name the same options.", i + 1, first.Line, ImportRow.Short(names[i])));
                else if (i < count && value.Length == 0)
                    Add(row, ShopText.Translate("Option{0}Value: give this variant's {1}.", i + 1, names[i]));
                else if (i >= count && value.Length > 0)
                    Add(row, ShopText.Translate("Option{0}Value: '{1}' belongs to no option (Option{0}Name is empty).", i + 1, ImportRow.Short(value)));
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
            Add(first, ShopText.Translate(e.Message));
            return false;
        }

        var lines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in product.Rows)
        {
            var key = string.Join("\n", row.Combination(count));
            if (!lines.TryGetValue(key, out var line)) lines[key] = row.Line;
            else if (count == 0) Add(row, ShopText.Translate("Slug {0} is also on line {1}: a product without options has one row.", first.Slug, line));
            else Add(row, ShopText.Translate("{0} is also on line {1}: each combination of option values is one variant.", string.Join(" / ", row.Combination(count)), line));
        }
        if (problems.Count > before) return false;

        var missing = Combinations(product.Options).Where(c => !lines.ContainsKey(string.Join("\n", c))).Select(c => string.Join(" / ", c)).ToList();
        if (missing.Count > 0)
            Add(first, ShopText.Translate(missing.Count > 5 ? "{0} make {1} variants, one row each; add rows for {2} and {3} more." : "{0} make {1} variants, one row each; add rows for {2}.",
                string.Join(" × ", product.Options.Select(o => o.Name)), lines.Count + missing.Count, string.Join(", ", missing.Take(5)), missing.Count - 5));
        return missing.Count == 0;
    }

    private static List<IReadOnlyList<string>> Combinations(IReadOnlyList<(string Name, IReadOnlyList<string> Values)> options)
    {
        IEnumerable<IReadOnlyList<string>> all = [[]];
        foreach (var (_, values) in options)
            all = all.SelectMany(prefix => values.Select(v => (IReadOnlyList<string>)[.. prefix, v])).ToList();
        return all.ToList();
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]*$")]
    private static partial System.Text.RegularExpressions.Regex SkuPattern();

    /// <summary>Product and variant SKUs and barcodes met so far in the file, with the line each first appeared on.</summary>
    private sealed class SeenSkus
    {
        public Dictionary<string, int> Products { get; } = new(StringComparer.OrdinalIgnoreCase);
        public Dictionary<string, int> Variants { get; } = new(StringComparer.OrdinalIgnoreCase);
        public Dictionary<string, int> Gtins { get; } = new(StringComparer.Ordinal);
    }
}
