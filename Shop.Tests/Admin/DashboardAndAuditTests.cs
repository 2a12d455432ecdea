using Shop.Web.Admin.Audit;
using Shop.Web.Admin.Dashboard;

namespace Shop.Tests.Admin;

public class DashboardAndAuditTests : AdminFixture
{
    [Test]
    public async Task The_dashboard_reads_zero_sales_before_any_order_and_lists_low_stock()
    {
        await CreateProductAsync(stock: 2);

        var page = await With<DashboardQuery, DashboardPage>(d => d.LoadAsync(new DashboardRange(), CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(page.Current.Revenue, Is.Zero);
            Assert.That(page.Previous.AverageOrderValue, Is.Zero);
            Assert.That(page.Daily, Has.Count.EqualTo(30), "a point for every day, sales or not");
            Assert.That(page.LowStock.Rows.Items, Is.Not.Empty);
            Assert.That(page.LowStock.Rows.Items.Select(r => r.StockOnHand), Is.All.InRange(1, Shop.Web.Admin.Stock.StockAdjustments.LowStockThreshold), "running low, not sold out");
            Assert.That(page.LowStock.Rows.Items.Select(r => r.StockOnHand), Is.Ordered);
            Assert.That(page.Products, Is.GreaterThan(0));
        });
    }

    [Test]
    public void The_average_order_value_is_revenue_over_orders_rounded_to_cents() =>
        Assert.That(new SalesFigures(100m, 3).AverageOrderValue, Is.EqualTo(33.33m));

    [Test]
    public async Task The_audit_log_is_newest_first_and_filters_by_record()
    {
        var id = await CreateProductAsync();
        await With<Shop.Web.Admin.Products.ProductAdmin, bool>(a => a.SetPublishedAsync(id, false, Staff, CancellationToken.None));

        var page = await With<AuditQuery, AuditPage>(q => q.PageAsync("Product", id.ToString(), null, CancellationToken.None));

        Assert.That(page.Entries.Items.Select(e => e.Action), Is.EqualTo(new[] { "Unpublished", "Created" }));
        Assert.That(page.Entries.Items.Select(e => e.UserEmail).Distinct(), Is.EqualTo(new[] { Staff.Email }));
        Assert.That(page.EntityTypes, Does.Contain("Product"));
    }
}
