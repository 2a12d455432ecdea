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
}
