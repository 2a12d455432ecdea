using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Web.Languages;
using Shop.Domain;
using Shop.Domain.Checkout;
using Shop.Web.Admin.Audit;
using Shop.Web.Admin.Orders;
using Shop.Web.Data;

namespace Shop.Web.Admin.Discounts;

/// <summary>Staff work on discount codes: list with uses and revenue, create, change the terms, disable and enable.</summary>
public sealed class DiscountAdmin(ShopDbContext db, AuditTrail audit, IOptions<ShopOptions> options, TimeProvider clock)
{
    public const string EntityType = "DiscountCode";

    /// <summary>Every code; revenue counts sold orders net of refunds, as the dashboard does (summed in memory, for SQLite).</summary>
    public async Task<List<DiscountRow>> ListAsync(CancellationToken ct)
    {
        var codes = await db.DiscountCodes.AsNoTracking().OrderBy(d => d.Code).ToListAsync(ct);
        var sold = (await SalesFromOrders.Sold(db.Orders.AsNoTracking()).Where(o => o.DiscountCode != null)
                .Select(o => new { o.DiscountCode, Total = o.Total.Amount, Refunded = o.RefundedAmount.Amount, Off = o.Discount.Amount })
                .ToListAsync(ct))
            .GroupBy(o => o.DiscountCode!)
            .ToDictionary(g => g.Key, g => (Orders: g.Count(), Revenue: g.Sum(o => o.Total - o.Refunded), Off: g.Sum(o => o.Off)));
        var shop = options.Value;
        var now = clock.GetUtcNow();
        return codes.Select(d =>
        {
            var s = sold.GetValueOrDefault(d.Code);
            return new DiscountRow(d.Id, d.Code, Terms(d), State(d.UnusableAt(now)), d.TimesUsed, d.UsageLimit, d.IsDisabled,
                s.Orders, shop.Money(s.Revenue), shop.Money(s.Off));
        }).ToList();
    }

    public async Task<DiscountCodeForm> NewFormAsync(CancellationToken ct) => await WithChoicesAsync(new DiscountCodeForm(), ct);

    public async Task<DiscountCodeForm?> FormAsync(int id, CancellationToken ct)
    {
        var d = await db.DiscountCodes.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        return d is null ? null : await WithChoicesAsync(new DiscountCodeForm
        {
            Id = d.Id, Code = d.Code, Kind = d.Kind, Value = d.Value, MinimumSubtotal = d.MinimumSubtotal,
            StartsAt = d.StartsAt is { } s ? ShopTime.Local(s) : null, EndsAt = d.EndsAt is { } e ? ShopTime.Local(e) : null, UsageLimit = d.UsageLimit,
            UsesPerShopper = d.UsesPerShopper, ProductIds = [.. d.ProductIds], CategoryIds = [.. d.CategoryIds],
            Version = await db.DiscountCodes.VersionAsync(x => x.Id == id, ct),
        }, ct);
    }

    /// <summary>Fills the form's lists of products and categories (again, after a refused post).</summary>
    public async Task<DiscountCodeForm> WithChoicesAsync(DiscountCodeForm form, CancellationToken ct)
    {
        form.Products = await db.Products.AsNoTracking().Where(p => !p.IsArchived || form.ProductIds.Contains(p.Id))
            .OrderBy(p => p.Name).Select(p => new SelectListItem(p.Name, p.Id.ToString(), form.ProductIds.Contains(p.Id)))
            .ToListAsync(ct);
        form.Categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new SelectListItem(c.Name, c.Id.ToString(), form.CategoryIds.Contains(c.Id)))
            .ToListAsync(ct);
        return form;
    }

    /// <summary>The new code's id, or the domain's reason it cannot be made.</summary>
    public async Task<(int? Id, string? Refusal)> CreateAsync(DiscountCodeForm form, StaffMember by, CancellationToken ct)
    {
        DiscountCode code;
        try
        {
            code = new DiscountCode(form.Code!, form.Kind!.Value, form.Value ?? 0m, form.MinimumSubtotal,
                DiscountCodeForm.Moment(form.StartsAt), DiscountCodeForm.Moment(form.EndsAt), form.UsageLimit, form.UsesPerShopper);
            code.LimitTo(form.ProductIds, form.CategoryIds);
        }
        catch (DomainException e)
        {
            return (null, e.Message);
        }
        return (await db.InTransactionAsync(async token =>
        {
            db.DiscountCodes.Add(code);
            await db.SaveChangesAsync(token);
            audit.Record(by, EntityType, code.Id, "Created", after: Snapshot(code));
            await db.SaveChangesAsync(token);
            return code.Id;
        }, ct), null);
    }

    /// <summary>
    /// False when there is no such code; otherwise the domain's refusal, or <see cref="EditVersions.Stale"/> (the form
    /// then holds the version now saved), or null when saved.
    /// </summary>
    public async Task<(bool Found, string? Refusal)> UpdateAsync(DiscountCodeForm form, StaffMember by, CancellationToken ct)
    {
        var code = await db.DiscountCodes.FirstOrDefaultAsync(d => d.Id == form.Id, ct);
        if (code is null) return (false, null);
        var before = Snapshot(code);
        try
        {
            code.ChangeTerms(form.Kind!.Value, form.Value ?? 0m, form.MinimumSubtotal, DiscountCodeForm.Moment(form.StartsAt),
                DiscountCodeForm.Moment(form.EndsAt), form.UsageLimit, form.UsesPerShopper);
            code.LimitTo(form.ProductIds, form.CategoryIds);
        }
        catch (DomainException e)
        {
            return (true, e.Message);
        }
        audit.Record(by, EntityType, code.Id, "Edited", before, Snapshot(code));
        if (await db.SaveEditAsync(code, form.Version, ct)) return (true, null);
        form.Version = await db.DiscountCodes.VersionAsync(x => x.Id == code.Id, ct);
        return (true, EditVersions.Stale);
    }

    /// <summary>Disables or enables a code; its code text, or null when there is no such code.</summary>
    public async Task<string?> SetDisabledAsync(int id, bool disabled, StaffMember by, CancellationToken ct)
    {
        var code = await db.DiscountCodes.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (code is null) return null;
        if (code.IsDisabled == disabled) return code.Code;
        if (disabled) code.Disable();
        else code.Enable();
        audit.Record(by, EntityType, code.Id, disabled ? "Disabled" : "Enabled");
        await db.SaveChangesAsync(ct);
        return code.Code;
    }

    private static object Snapshot(DiscountCode d) => new
    {
        d.Code, Kind = d.Kind.ToString(), d.Value, d.MinimumSubtotal, d.StartsAt, d.EndsAt, d.UsageLimit, d.UsesPerShopper,
        d.ProductIds, d.CategoryIds,
    };

    private string Terms(DiscountCode d)
    {
        var shop = options.Value;
        var parts = new List<string>
        {
            d.Kind switch
            {
                DiscountKind.Percentage => ShopText.Translate("{0} off", StaffFormats.Percent(d.Value, "0.##")),
                DiscountKind.FreeShipping => LowerFirst(ShopText.Translate("Free standard shipping")),
                _ => ShopText.Translate("{0} off", shop.Money(d.Value)),
            },
        };
        if (d.MinimumSubtotal is { } min) parts.Add(ShopText.Translate("orders from {0}", shop.Money(min)));
        if (d.IsLimitedToSomeGoods)
            parts.Add(ShopText.Translate("only {0}, {1}", ShopText.Plural(d.CategoryIds.Count, "{0} category", "{0} categories"), ShopText.Plural(d.ProductIds.Count, "{0} product", "{0} products")));
        if (d.UsesPerShopper is { } each) parts.Add(ShopText.Translate("{0} per shopper", each));
        if (d.StartsAt is { } from) parts.Add(ShopText.Translate("from {0}", ShopText.StaffStamp(from)));
        if (d.EndsAt is { } to) parts.Add(ShopText.Translate("until {0} {1}", ShopText.StaffStamp(to), ShopTime.Name));
        return string.Join(" · ", parts);
    }

    /// <summary>The editor's choice within the terms: "free standard shipping", "kostenloser Standardversand".</summary>
    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private static string State(DiscountRefusal? refusal) => refusal switch
    {
        null => "Active",
        DiscountRefusal.Disabled => "Disabled",
        DiscountRefusal.NotStarted => "Scheduled",
        DiscountRefusal.Expired => "Expired",
        _ => "Used up",
    };
}
