using Shop.Tests.Orders;

namespace Shop.Tests.Admin;

public class StaffPagerTests : OrdersFixture
{
    [Test]
    public async Task The_first_page_s_previous_and_the_last_page_s_next_are_no_links()
    {
        var (_, first) = await Staff.GetPageAsync("/admin/products");
        var pages = first.Text(".pager-status");
        var last = int.Parse(System.Text.RegularExpressions.Regex.Match(pages, @"of (\d+)").Groups[1].Value);
        var (_, end) = await Staff.GetPageAsync($"/admin/products?page={last}");

        static string[] Ends(IDocument page) => [.. page.QuerySelectorAll(".pagination .page-item.disabled .page-link:not(.pager-status)").Select(e => e.OuterHtml)];
        Assert.Multiple(() =>
        {
            Assert.That(last, Is.GreaterThan(1), "the demo catalog fills more than one page of 25");
            Assert.That(Ends(first), Is.EqualTo(new[] { "<span class=\"page-link\">Previous</span>" }), "no href, nothing to tab to");
            Assert.That(first.QuerySelector("a[rel=next]")?.GetAttribute("href"), Is.EqualTo("/admin/products?page=2"));
            Assert.That(Ends(end), Is.EqualTo(new[] { "<span class=\"page-link\">Next</span>" }), "no page beyond the last");
            Assert.That(end.QuerySelector("[rel=next]"), Is.Null);
        });
    }
}
