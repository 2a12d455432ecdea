namespace Shop.Tests.Admin;

/// <summary>Who may open which staff page, signed in through the real sign-in form.</summary>
public class AdminAccessTests : ShopFixture
{
    private string _admin = "", _staff = "", _shopper = "";

    [OneTimeSetUp]
    public async Task ArrangeAsync()
    {
        _admin = Accounts.UniqueEmail("admin");
        _staff = Accounts.UniqueEmail("staff");
        _shopper = Accounts.UniqueEmail("shopper");
        await App.CreateAccountAsync(_admin, roles: Roles.Admin);
        await App.CreateAccountAsync(_staff, roles: Roles.Staff);
        await App.CreateAccountAsync(_shopper);
    }

    /// <summary>Pages staff and admins both use.</summary>
    public static readonly string[] StaffPages =
        ["/admin", "/admin/products", "/admin/products/new", "/admin/products/import", "/admin/products/export",
         "/admin/products/option-words", "/admin/categories", "/admin/categories/new", "/admin/stock", "/admin/customers"];

    /// <summary>Pages for admins only.</summary>
    public static readonly string[] AdminPages = ["/admin/audit", "/admin/team", "/admin/settings"];

    private static async Task AssertForbiddenAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.That(response.Headers.Location!.OriginalString, Does.Contain("access-denied"), url);
            response = await client.GetAsync(response.Headers.Location);
        }
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), url);
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("have access"), url);
    }

    [TestCaseSource(nameof(StaffPages))]
    [TestCaseSource(nameof(AdminPages))]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        using var client = App.Browser();
        var response = await client.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.PathAndQuery, Does.StartWith("/account/sign-in").And.Contain(Uri.EscapeDataString(url)));
    }

    [TestCaseSource(nameof(StaffPages))]
    [TestCaseSource(nameof(AdminPages))]
    public async Task Signed_in_shoppers_get_the_no_access_page(string url)
    {
        using var client = await App.SignedInBrowserAsync(_shopper);
        await AssertForbiddenAsync(client, url);
    }

    [TestCaseSource(nameof(StaffPages))]
    public async Task Staff_open_the_staff_pages(string url)
    {
        using var client = await App.SignedInBrowserAsync(_staff);
        var response = await client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
    }

    [TestCaseSource(nameof(AdminPages))]
    public async Task Staff_get_the_no_access_page_on_admin_only_pages(string url)
    {
        using var client = await App.SignedInBrowserAsync(_staff);
        await AssertForbiddenAsync(client, url);
    }

    [TestCaseSource(nameof(StaffPages))]
    [TestCaseSource(nameof(AdminPages))]
    public async Task Admins_open_every_admin_page(string url)
    {
        using var client = await App.SignedInBrowserAsync(_admin);
        var response = await client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
    }

    [Test]
    public async Task Staff_cannot_grant_roles_even_by_posting_the_form_directly()
    {
        using var admin = await App.SignedInBrowserAsync(_admin);
        var shopperId = await App.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == _shopper).Id));
        using var staff = await App.SignedInBrowserAsync(_staff);
        var (_, page) = await staff.GetPageAsync($"/admin/customers/{shopperId}");
        Assert.That(page.QuerySelector("form.role-form"), Is.Null, "staff are not offered the role buttons");
        var token = page.QuerySelector($"input[name='{"__RequestVerificationToken"}']")!.GetAttribute("value")!;

        var response = await staff.PostAsync($"/admin/customers/{shopperId}/roles/grant",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["role"] = Roles.Admin, ["__RequestVerificationToken"] = token }));

        Assert.That((int)response.StatusCode, Is.EqualTo(403).Or.EqualTo(302));
        if (response.StatusCode == HttpStatusCode.Redirect) Assert.That(response.Headers.Location!.OriginalString, Does.Contain("access-denied"));
        var roles = await App.WithDbAsync(db => Task.FromResult(db.UserRoles.Count(r => r.UserId == shopperId)));
        Assert.That(roles, Is.Zero);
    }

    [Test]
    public async Task Staff_find_the_staff_pages_in_the_header_and_shoppers_do_not()
    {
        using var staff = await App.SignedInBrowserAsync(_staff);
        using var shopper = await App.SignedInBrowserAsync(_shopper);

        var (_, staffHome) = await staff.GetPageAsync("/");
        var (_, shopperHome) = await shopper.GetPageAsync("/");

        Assert.That(staffHome.QuerySelector("a.staff-link")?.GetAttribute("href"), Is.EqualTo("/admin"));
        Assert.That(shopperHome.QuerySelector("a.staff-link"), Is.Null);
    }

    [Test]
    public async Task The_admin_pages_have_the_staff_layout_and_nav_without_the_shop_header()
    {
        using var admin = await App.SignedInBrowserAsync(_admin);

        var (_, page) = await admin.GetPageAsync("/admin/products");

        // The counts vary with what other tests left waiting; each says its words in the singular or plural.
        var n = page.Texts("nav.admin-nav .badge").Select(t => int.Parse(Regex.Match(t, @"\d+").Value)).ToList();
        string Says(int count, string one, string other) => $"{count} {(count == 1 ? one : other)}";
        Assert.That(page.Texts("nav.admin-nav a"),
            Is.EqualTo(new[] { "Dashboard", "Orders", $"To fulfil {Says(n[0], "paid order waiting", "paid orders waiting")}", $"Returns {Says(n[1], "return to handle", "returns to handle")}",
                "Products", "Discounts", "Categories", "Pages", "Tax", "Shipping", $"Reviews {Says(n[2], "review to moderate", "reviews to moderate")}", "Stock", "Customers", "Team", "Settings", "Audit log" }));
        Assert.That(page.QuerySelector("#main-nav, .site-footer, .search-form"), Is.Null, "no shop header, search or footer");
        Assert.That(page.QuerySelector("form.sign-out-form"), Is.Not.Null, "staff can still sign out");
        Assert.That(page.QuerySelector("nav.admin-nav a[aria-current=page]").Text(), Is.EqualTo("Products"));
        Assert.That(page.QuerySelector("link[href*='bootstrap']"), Is.Not.Null);
        Assert.That(page.QuerySelectorAll("script:not([src])"), Is.Empty, "no inline scripts: the CSP forbids them");
        Assert.That(page.QuerySelectorAll("[style]").Select(e => e.OuterHtml), Is.Empty, "no inline styles: the CSP forbids them");
    }

    [Test]
    public async Task The_dashboard_chart_script_is_served_from_our_own_files()
    {
        using var staff = await App.SignedInBrowserAsync(_staff);
        var (_, page) = await staff.GetPageAsync("/admin");

        var scripts = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).ToList();
        Assert.That(scripts, Has.Some.StartsWith("/lib/chart.js/chart.umd.min.js"));
        Assert.That(scripts, Has.Some.StartsWith("/js/admin-dashboard.js"));
        foreach (var src in scripts.Where(s => s.Contains("chart") || s.Contains("admin")))
            Assert.That((await staff.GetAsync(src)).StatusCode, Is.EqualTo(HttpStatusCode.OK), src);
        Assert.That(page.QuerySelector("canvas#revenue-chart")?.GetAttribute("data-values"), Does.StartWith("["));
    }
}
