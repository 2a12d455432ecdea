using Shop.Web.Admin;
using Shop.Web.Admin.Products;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Shop.Tests.Orders;

namespace Shop.Tests.Admin;

/// <summary>
/// Staff pages at a year's volumes (50,000 orders, 50,000 products): what they ask of the database, since a query
/// that touches every order or product is quick on a test's few and slow only in a real shop.
/// </summary>
public class StaffAtVolumeTests : OrdersFixture
{
    private readonly SqlCommandCounter sql = new();

    protected override Action<IServiceCollection>? TestServices => s => s.AddSingleton<IInterceptor>(sql);

    private IEnumerable<string> Commands => sql.Commands.Split("\n---\n");

    [Test]
    public async Task A_page_of_orders_sums_the_items_of_its_own_orders_only_and_shows_the_same_counts()
    {
        var email = Unique("items");
        var two = await PlaceOrderAsync(email, quantity: 2);
        var one = await PlaceOrderAsync(email);
        await Staff.GetPageAsync("/admin/orders/to-fulfil?page=2"); // warm: the sign-in and menu queries are not the point

        sql.Reset();
        var (_, list) = await Staff.GetPageAsync($"/admin/orders?email={email}");
        var listed = Commands.ToList();
        sql.Reset();
        var (_, queue) = await Staff.GetPageAsync("/admin/orders/to-fulfil?page=99999");
        var queued = Commands.ToList();
        static string[] Items(IDocument page, string number) =>
            [.. page.QuerySelectorAll(".admin-orders tbody tr").Where(r => r.QuerySelector(".order-number").Text() == number).Select(r => r.QuerySelector("td[data-label=Items]").Text())];

        Assert.Multiple(() =>
        {
            // Skipping orders (OFFSET) while summing lines ran the sum for every skipped order: 50,000 times on the last page.
            foreach (var paged in listed.Concat(queued).Where(c => c.Contains("OFFSET", StringComparison.OrdinalIgnoreCase)))
                Assert.That(paged, Does.Not.Contain("SUM(").IgnoreCase, "the page's query sums no lines");
            Assert.That(listed.Count(c => c.Contains("OFFSET", StringComparison.OrdinalIgnoreCase)), Is.EqualTo(1), string.Join("\n---\n", listed));
            Assert.That(list.Texts(".order-number"), Is.EqualTo(new[] { one, two }));
            Assert.That((Items(list, two), Items(list, one)), Is.EqualTo((new[] { "2" }, new[] { "1" })));
            Assert.That(Items(queue, one), Is.EqualTo(new[] { "1" }), "the newest paid order is on the queue's last page");
        });
    }

    [Test]
    public async Task The_export_streams_the_same_rows_as_whole_orders_give_with_the_items_summed_by_the_database()
    {
        var email = Unique("csv");
        var two = await PlaceOrderAsync(email, quantity: 2);
        var shipped = await PlaceOrderAsync(email);
        await ActAsync(shipped, "form.ship-form", new() { ["TrackingNumber"] = "=1+2", ["Carrier"] = "UPS" }); // a formula is escaped
        var declined = await DeclinedAttemptAsync(email);
        var link = $"/admin/orders/export?Email={Uri.EscapeDataString(email)}&Attempts=true";

        sql.Reset();
        var response = await Staff.GetAsync(link, HttpCompletionOption.ResponseHeadersRead);
        var length = response.Content.Headers.ContentLength; // before reading: a read body is given its length
        var body = await response.Content.ReadAsByteArrayAsync();
        var commands = Commands.ToList();
        var expected = await App.WithDbAsync(async db => Csv(await db.Orders.AsNoTracking().AsSplitQuery().Include(o => o.Lines).Include(o => o.TaxLines).Where(o => o.Email == email)
            .OrderByDescending(o => o.PlacedAt).ThenByDescending(o => o.Id).ToListAsync()));

        Assert.Multiple(() =>
        {
            Assert.That(Encoding.UTF8.GetString(body), Is.EqualTo(Encoding.UTF8.GetString(expected)));
            Assert.That(body, Is.EqualTo(expected), "byte for byte");
            Assert.That(Encoding.UTF8.GetString(body), Does.Contain(declined).And.Contain(two).And.Contain("'=1+2"));
            Assert.That(length, Is.Null, "written while read, not held whole and sent with its length");
            Assert.That(response.Content.Headers.ContentDisposition!.FileName, Does.Contain("orders-"));
            Assert.That(commands.Where(c => c.Contains("OrderLines")), Has.All.Contains("SUM(").IgnoreCase, "no whole lines are read: " + string.Join("\n---\n", commands));
        });
    }

    /// <summary>The export as it was made from whole orders and their lines (the file staff and their accounting already read).</summary>
    private static byte[] Csv(IEnumerable<Order> orders)
    {
        using var output = new MemoryStream();
        using (var csv = CsvHelper.CsvWriter.Create(output, CsvHelper.CsvWriterOptions.Default with { Injection = CsvHelper.CsvInjection.Escape }, leaveOpen: true))
        {
            csv.WriteRecord(Shop.Web.Admin.Orders.OrdersCsv.Columns);
            foreach (var o in orders)
                csv.WriteRecord([o.Number, o.PlacedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), o.Email,
                    o.Status.ToString(), o.Lines.Sum(l => l.Quantity).ToString(System.Globalization.CultureInfo.InvariantCulture), o.Currency,
                    o.Subtotal.ToInvariantString(), o.Discount.ToInvariantString(), o.DiscountCode ?? "", o.ShippingCost.ToInvariantString(), o.Tax.ToInvariantString(),
                    o.TaxIncluded ? "yes" : "no", o.Total.ToInvariantString(), o.RefundedAmount.ToInvariantString(), o.TaxRefunded.ToInvariantString(), o.PaymentTransactionId ?? "",
                    o.TrackingNumber ?? "", o.ShippingAddress.FullName, o.ShippingAddress.Company ?? "", o.ShippingAddress.CountryCode,
                    o.ReverseCharge ? "yes" : "no", o.VatNumber ?? "", o.VatTakenOff.ToInvariantString(),
                    string.Join("; ", o.TaxLines.OrderByDescending(t => t.Rate).ThenBy(t => t.CountryOn(o), StringComparer.Ordinal).Select(t =>
                        $"{t.CountryOn(o)} {(t.Rate * 100m).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}% base {t.Base.ToInvariantString()} tax {t.Tax.ToInvariantString()}"))]);
        }
        return output.ToArray();
    }

    [Test]
    public async Task An_import_reads_only_the_products_and_variants_its_file_names()
    {
        var (slug, sku, variantSku) = await App.WithDbAsync(async db => await db.Variants
            .Join(db.Products, v => v.ProductId, p => p.Id, (v, p) => new { p.Slug, p.Sku, VariantSku = v.Sku }).Where(x => x.VariantSku != x.Sku)
            .OrderBy(x => x.VariantSku).FirstAsync() is var x ? (x.Slug, x.Sku, x.VariantSku) : default);
        var export = Encoding.UTF8.GetString(await App.WithAsync<CatalogExport, byte[]>(e => e.ExportAsync(CancellationToken.None)));
        var lines = export.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var own = lines.Skip(1).Where(l => l.Split(',')[0] == slug).ToList();
        // A new product claiming that product's variant SKU: found by the variant's SKU alone.
        var claim = string.Join(",", ["brand-new-claim", "BRANDNEW-CLAIM", .. own.Single(l => l.Split(',')[Array.IndexOf(CatalogFile.Columns, "VariantSku")] == variantSku).Split(',').Skip(2)]);
        var staff = new StaffMember("staff-user-1", "staff@example.com");
        Task<CatalogImportReport> ImportAsync(IEnumerable<string> rows) => App.WithAsync<CatalogImport, CatalogImportReport>(i =>
            i.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\r\n", [lines[0], .. rows]))), staff, CancellationToken.None));

        sql.Reset();
        var same = await ImportAsync(own);
        var products = Commands.Where(c => Regex.IsMatch(c, @"FROM ""?Products""?", RegexOptions.IgnoreCase)).ToList();
        var claimed = await ImportAsync([claim]);

        Assert.Multiple(() =>
        {
            Assert.That(same.Problems.Select(p => p.Message), Is.Empty);
            Assert.That((same.Created, same.Updated), Is.EqualTo((0, 0)), "its own rows import back as they are, matched by SKU");
            Assert.That(products, Is.Not.Empty);
            Assert.That(products, Has.All.Contains("WHERE"), "no query reads every product:\n" + string.Join("\n---\n", products));
            Assert.That(claimed.Problems.Select(p => p.Message), Has.Some.Contains($"{variantSku} is a variant of another product ({sku},"));
        });
    }
}
