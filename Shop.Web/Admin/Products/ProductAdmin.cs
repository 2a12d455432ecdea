using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Web.Admin.Audit;
using Shop.Web.Data;
using Shop.Web.Shared;

namespace Shop.Web.Admin.Products;

/// <summary>Staff work on products: the table, create, edit (optimistic), publish, delete or archive.</summary>
public sealed class ProductAdmin(
    ShopDbContext db, AuditTrail audit, IEnumerable<IProductUsage> usages, TimeProvider clock)
{
    public const string EntityType = "Product";

    public async Task<ProductList> ListAsync(string? q, string? sort, bool descending, bool archived, int? page, CancellationToken ct,
        ProductTableFilter? filter = null)
    {
        sort = ProductList.Sorts.Contains(sort ?? "") ? sort! : "name";
        filter ??= new ProductTableFilter();
        var products = Filtered(db.Products.AsNoTracking().Where(p => p.IsArchived == archived), filter);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = Like.ContainingAnyCase(q[..Math.Min(q.Length, 100)]);
            products = products.Where(p => EF.Functions.Like(p.Name.ToLower(), pattern, Like.Escape) || EF.Functions.Like(p.Sku.ToLower(), pattern, Like.Escape)
                                           || p.Variants.Any(v => EF.Functions.Like(v.Sku.ToLower(), pattern, Like.Escape)));
        }
        products = (sort, descending) switch
        {
            ("sku", false) => products.OrderBy(p => p.Sku),
            ("sku", true) => products.OrderByDescending(p => p.Sku),
            ("category", false) => products.OrderBy(p => p.Category!.Name).ThenBy(p => p.Name),
            ("category", true) => products.OrderByDescending(p => p.Category!.Name).ThenBy(p => p.Name),
            ("price", false) => products.OrderBy(p => p.Price).ThenBy(p => p.Name),
            ("price", true) => products.OrderByDescending(p => p.Price).ThenBy(p => p.Name),
            ("stock", false) => products.OrderBy(p => p.Variants.Sum(v => v.StockOnHand)).ThenBy(p => p.Name),
            ("stock", true) => products.OrderByDescending(p => p.Variants.Sum(v => v.StockOnHand)).ThenBy(p => p.Name),
            ("published", false) => products.OrderBy(p => p.IsPublished).ThenBy(p => p.Name),
            ("published", true) => products.OrderByDescending(p => p.IsPublished).ThenBy(p => p.Name),
            (_, true) => products.OrderByDescending(p => p.Name),
            _ => products.OrderBy(p => p.Name),
        };
        var total = await products.CountAsync(ct);
        var current = Paging.Clamp(Paging.Page(page), total);
        var rows = await products.Skip(Paging.Skip(current, total)).Take(Paging.PageSize)
            .Select(p => new ProductRow(p.Id, p.Name, p.Sku, p.Category!.Name, p.Price, p.Variants.Sum(v => v.StockOnHand), p.IsPublished, p.IsArchived,
                p.Variants.Count, p.ImagePath))
            .ToListAsync(ct);
        return new ProductList(new PageOf<ProductRow>(rows, current, Paging.PageSize, total), q, sort, descending, archived, filter,
            (await WithChoicesAsync(new ProductForm(), ct)).Categories);
    }

    /// <summary>Stock state counts the variants on sale, as the shop's own "only N left" does (<see cref="StockState"/>).</summary>
    private static IQueryable<Product> Filtered(IQueryable<Product> products, ProductTableFilter filter)
    {
        if (filter.Category is { } category) products = products.Where(p => p.CategoryId == category);
        if (filter.Published is "yes" or "no") products = products.Where(p => p.IsPublished == (filter.Published == "yes"));
        return filter.Stock switch
        {
            "out" => products.Where(p => p.Variants.Where(v => v.IsPublished).Sum(v => v.StockOnHand) <= 0),
            "low" => products.Where(p => p.Variants.Where(v => v.IsPublished).Sum(v => v.StockOnHand) > 0
                                         && p.Variants.Where(v => v.IsPublished).Sum(v => v.StockOnHand) <= StockState.LowThreshold),
            "in" => products.Where(p => p.Variants.Where(v => v.IsPublished).Sum(v => v.StockOnHand) > StockState.LowThreshold),
            _ => products,
        };
    }

    public async Task<ProductForm> NewFormAsync(CancellationToken ct) =>
        await WithChoicesAsync(new ProductForm { InitialStock = 0 }, ct);

    public async Task<ProductForm?> FormAsync(int id, CancellationToken ct)
    {
        var p = await db.Products.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        return p is null ? null : await WithChoicesAsync(FormOf(p), ct);
    }

    /// <summary>Fills what the form shows but never posts back: the category list, the picture.</summary>
    public async Task<ProductForm> WithChoicesAsync(ProductForm form, CancellationToken ct)
    {
        form.Categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new SelectListItem(c.Name, c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToListAsync(ct);
        if (form.Id is { } id)
        {
            var shown = await db.Products.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.ImagePath, p.IsArchived }).FirstOrDefaultAsync(ct);
            form.ImagePath = shown?.ImagePath;
            form.IsArchived = shown?.IsArchived ?? false;
        }
        return form;
    }

    /// <summary>
    /// Creates a product from a validated form; its opening stock is the first line of its stock history. Null when
    /// another save took the SKU or web address after the form was validated (nothing is saved).
    /// </summary>
    public async Task<int?> CreateAsync(ProductForm form, StaffMember by, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var product = new Product(form.Name!, form.Slug!, form.Sku!, form.Description ?? "", form.Price!.Value, form.CategoryId!.Value, now);
        product.Reprice(form.Price.Value, form.CompareAtPrice);
        product.Classify(form.TaxClass, form.WeightGrams);
        product.Measure(NetContent.Parse(form.Content));
        product.MadeBy(form.Brand);
        product.MarkDigital(form.IsDigital);
        var opening = form.InitialStock ?? 0;
        product.SetStock(opening);
        if (form.IsPublished) product.Publish();

        int id;
        try
        {
            id = await db.InTransactionAsync(async token =>
            {
                db.Products.Add(product);
                await db.SaveChangesAsync(token);
                if (opening > 0)
                    db.StockMovements.Add(new StockMovement(product.Id, product.DefaultVariant.Id, 0, opening, StockMovementReason.Received, Stock.StockNotes.OpeningStock, by.UserId, by.Email, now));
                audit.Record(by, EntityType, product.Id, "Created", after: ProductSnapshot.Of(product));
                await db.SaveChangesAsync(token);
                return product.Id;
            }, ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return null;
        }
        return id;
    }

    /// <summary>The product's version as saved now (null: no such product).</summary>
    public Task<int?> VersionAsync(int id, CancellationToken ct) =>
        db.Products.Where(p => p.Id == id).Select(p => (int?)p.Version).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Saves an edit only if nobody saved the product since the form was opened (<see cref="ProductForm.Version"/>);
    /// the database checks it too, so two saves racing in the same instant cannot both win.
    /// </summary>
    public async Task<ProductSaveOutcome> UpdateAsync(ProductForm form, StaffMember by, CancellationToken ct)
    {
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == form.Id, ct);
        if (product is null) return ProductSaveOutcome.NotFound;
        if (product.Version != form.Version) return ProductSaveOutcome.ChangedBySomeoneElse;

        var before = ProductSnapshot.Of(product);
        db.Entry(product).Property(p => p.Version).OriginalValue = form.Version;
        product.Rename(form.Name!, form.Slug!);
        product.ChangeSku(form.Sku!);
        product.Describe(form.Description ?? "");
        product.Reprice(form.Price!.Value, form.CompareAtPrice);
        product.Classify(form.TaxClass, form.WeightGrams);
        product.Measure(NetContent.Parse(form.Content));
        product.MadeBy(form.Brand);
        product.MarkDigital(form.IsDigital);
        product.MoveToCategory(form.CategoryId!.Value);
        if (form.IsPublished && !product.IsArchived) product.Publish(); else product.Unpublish();
        product.Touch(clock.GetUtcNow());
        audit.Record(by, EntityType, product.Id, "Edited", before, ProductSnapshot.Of(product));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ProductSaveOutcome.ChangedBySomeoneElse;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return ProductSaveOutcome.NameTaken;
        }
        return ProductSaveOutcome.Saved;
    }

    public async Task<bool> SetPublishedAsync(int id, bool published, StaffMember by, CancellationToken ct)
    {
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (product is null) return false;
        if (published) product.Publish(); else product.Unpublish();
        product.Touch(clock.GetUtcNow());
        audit.Record(by, EntityType, id, published ? "Published" : "Unpublished");
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Deletes a product nothing lasting points at; otherwise archives it (unpublished for good).</summary>
    public async Task<ProductRemoval> RemoveAsync(int id, StaffMember by, CancellationToken ct)
    {
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (product is null) return ProductRemoval.NotFound;
        var before = ProductSnapshot.Of(product);
        var referenced = false;
        foreach (var usage in usages)
            referenced |= await usage.IsReferencedAsync(id, ct);

        ProductRemoval outcome;
        if (referenced)
        {
            product.Archive();
            product.Touch(clock.GetUtcNow());
            audit.Record(by, EntityType, id, "Archived", before, ProductSnapshot.Of(product));
            outcome = ProductRemoval.Archived;
        }
        else
        {
            db.Products.Remove(product);
            audit.Record(by, EntityType, id, "Deleted", before);
            outcome = ProductRemoval.Deleted;
        }
        await db.SaveChangesAsync(ct);
        return outcome;
    }

    public static ProductForm FormOf(Product p) => new()
    {
        Id = p.Id,
        Version = p.Version,
        Name = p.Name,
        Slug = p.Slug,
        Sku = p.Sku,
        Description = p.Description,
        Price = p.Price,
        TaxClass = p.TaxClass,
        WeightGrams = p.WeightGrams,
        Content = p.Content?.ToString(),
        Brand = p.Brand,
        IsDigital = p.IsDigital,
        CompareAtPrice = p.CompareAtPrice,
        CategoryId = p.CategoryId,
        IsPublished = p.IsPublished,
        ImagePath = p.ImagePath,
        IsArchived = p.IsArchived,
    };
}
