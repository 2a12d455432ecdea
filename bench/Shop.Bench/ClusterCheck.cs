using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using AngleSharp.Html.Parser;
using static Shop.Bench.ShopForms;

namespace Shop.Bench;

/// <summary>
/// Checks two shop nodes that share a database and Redis, with nginx in front (tools/cluster-test.sh starts them):
/// 1. a shopper fills the cart on node A and checks out on node B (cookies and antiforgery tokens cross nodes), as a
///    guest and signed in (the sign-in cookie issued by node A is accepted by node B); a page node B keeps for the
///    signed-in shopper shows what they add to the cart on node A at the next request;
/// 2. staff change a price on node A and node B serves it on the next request (<see cref="StaffPriceChange"/>), and
///    so does an administrator's change of a business setting (<see cref="StaffSettingChange"/>);
///    a product page connected to node B (and one through nginx) hears a sale on node A (<see cref="LiveAcrossNodes"/>);
/// 3. shoppers check out through nginx while node A is killed half-way: every shopper ends with exactly one paid
///    order (a failed Pay is retried with the same attempt key, as a person pressing it again would).
/// Loopback addresses only. Exit code 0 when every check holds.
/// </summary>
public static class ClusterCheck
{
    private static readonly HtmlParser Parser = new();

    public static async Task<int> RunAsync(string nodeA, string nodeB, string balancer, int killPid, string slug, string priceSlug)
    {
        foreach (var url in new[] { nodeA, nodeB, balancer })
            if (!new Uri(url).IsLoopback) throw new ArgumentException("cluster checks only target loopback addresses");

        var failures = new List<string>();
        await CrossNodeCheckoutAsync(nodeA, nodeB, slug, failures);
        await SignedInCrossNodeCheckoutAsync(nodeA, nodeB, slug, failures);
        await StaffPriceChange.CheckAsync(nodeA, nodeB, priceSlug, failures);
        await StaffSettingChange.CheckAsync(nodeA, nodeB, failures);
        await LiveAcrossNodes.CheckAsync(nodeA, nodeB, balancer, slug, failures);
        await CheckoutWhileANodeDiesAsync(balancer, killPid, slug, shoppers: 30, failures);

        foreach (var f in failures) Console.WriteLine($"FAIL {f}");
        Console.WriteLine(failures.Count == 0 ? "cluster: all checks passed" : $"cluster: {failures.Count} check(s) failed");
        return failures.Count == 0 ? 0 : 1;
    }

    private static async Task CrossNodeCheckoutAsync(string nodeA, string nodeB, string slug, List<string> failures)
    {
        var cookies = new CookieContainer();
        using var a = Client(nodeA, cookies);
        using var b = Client(nodeB, cookies);
        // Cookies are per host; both nodes are 127.0.0.1, so the browser-like jar shares them as a balancer would.
        var number = await CheckoutAsync(a, b, slug, 0);
        if (number is null) { failures.Add("checkout started on node A could not be finished on node B"); return; }
        var confirmation = await a.GetAsync($"/checkout/confirmation/{number}");
        var html = await confirmation.Content.ReadAsStringAsync();
        if (confirmation.StatusCode != HttpStatusCode.OK || !html.Contains("Your order is confirmed", StringComparison.Ordinal))
            failures.Add($"node A could not show order {number} placed on node B ({(int)confirmation.StatusCode})");
        else Console.WriteLine($"ok   cart on node A, paid on node B, confirmation on node A: {number}");
    }

    /// <summary>Signs in through node A, fills the cart there, pays on node B, and finds the order in the account on node B.</summary>
    private static async Task SignedInCrossNodeCheckoutAsync(string nodeA, string nodeB, string slug, List<string> failures)
    {
        var browser = new CookieContainer();
        using var a = new HttpClient(new TlsProxyCookies(browser)) { BaseAddress = new Uri(nodeA), Timeout = TimeSpan.FromSeconds(30) };
        using var b = new HttpClient(new TlsProxyCookies(browser)) { BaseAddress = new Uri(nodeB), Timeout = TimeSpan.FromSeconds(30) };

        if (!await ClusterStaff.SignInAsync(a, "node A", failures)) return;
        if (await CartFollowsAcrossNodesAsync(a, b, slug) is { } problem) failures.Add(problem);
        else Console.WriteLine("ok   a page node B keeps for a signed-in shopper shows the cart they fill on node A at the next request");
        var number = await CheckoutAsync(a, b, slug, 0);
        if (number is null) { failures.Add("a shopper signed in on node A could not pay on node B"); return; }
        var orders = await (await b.GetAsync("/account/orders")).Content.ReadAsStringAsync();
        if (!orders.Contains(number, StringComparison.Ordinal)) failures.Add($"node B's account page does not list order {number} paid there by the signed-in shopper");
        else Console.WriteLine($"ok   signed in on node A, paid on node B, order {number} in the account on node B");
    }

    /// <summary>
    /// Node B keeps a product page for the signed-in shopper (their cart count in the header); they add to the cart on
    /// node A; node B's next page shows it, because the cart's stamp the page is filed under is shared through Redis.
    /// Null when that holds, otherwise what went wrong.
    /// </summary>
    private static async Task<string?> CartFollowsAcrossNodesAsync(HttpClient a, HttpClient b, string slug)
    {
        var url = $"/p/{slug}";
        await b.GetAsync(url);
        await b.GetAsync(url);
        var kept = await b.GetAsync(url);
        if (!kept.Headers.Contains("Age")) return "node B did not keep the signed-in shopper's product page (no Age header)";
        var before = CartCount(await kept.Content.ReadAsStringAsync());

        if (BuyBox(await Retry(() => a.GetAsync(url))) is not { } box) return "node A showed no buy box to add to the cart";
        var added = await a.PostAsync("/cart/add", AddOne(box));
        if (added.StatusCode != HttpStatusCode.Redirect) return $"adding to the cart on node A answered {(int)added.StatusCode}";

        var after = CartCount(await Retry(() => b.GetAsync(url)));
        return after == before + 1 ? null : $"node B's page showed {after?.ToString() ?? "no count"} in the cart after node A added one to {before}";
    }

    private static int? CartCount(string html) =>
        int.TryParse(Parser.ParseDocument(html).QuerySelector(".cart-count")?.TextContent.Trim(), out var units) ? units : null;

    private static async Task CheckoutWhileANodeDiesAsync(string balancer, int killPid, string slug, int shoppers, List<string> failures)
    {
        var numbers = new ConcurrentDictionary<int, string>();
        var done = 0;
        var killed = false;
        using var gate = new SemaphoreSlim(6);
        var tasks = Enumerable.Range(1, shoppers).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                using var client = Client(balancer, new CookieContainer());
                var number = await CheckoutAsync(client, client, slug, i);
                if (number is not null) numbers[i] = number;
                if (Interlocked.Increment(ref done) == shoppers / 2 && !killed)
                {
                    killed = true;
                    try { Process.GetProcessById(killPid).Kill(); Console.WriteLine($"     killed node A (pid {killPid}) after {done} checkouts"); }
                    catch (ArgumentException) { Console.WriteLine("     node A was already gone"); }
                }
            }
            finally { gate.Release(); }
        });
        await Task.WhenAll(tasks);

        var missing = Enumerable.Range(1, shoppers).Where(i => !numbers.ContainsKey(i)).ToList();
        if (missing.Count > 0) failures.Add($"{missing.Count} of {shoppers} shoppers could not finish checkout while a node died");
        if (numbers.Values.Distinct().Count() != numbers.Count) failures.Add("two shoppers were given the same order");
        if (!killed) failures.Add("node A was never killed");
        if (missing.Count == 0) Console.WriteLine($"ok   {shoppers} checkouts through nginx, node A killed half-way, every shopper paid once");
        await File.WriteAllLinesAsync("cluster-orders.txt", numbers.Values);
    }

    /// <summary>Full checkout; <paramref name="first"/> serves the product and cart, <paramref name="second"/> the checkout.</summary>
    internal static async Task<string?> CheckoutAsync(HttpClient first, HttpClient second, string slug, int i)
    {
        if (BuyBox(await Retry(() => first.GetAsync($"/p/{slug}"))) is not { } box) return null;
        await Retry(() => first.PostAsync("/cart/add", AddOne(box)));

        var delivery = Parser.ParseDocument(await Retry(() => second.GetAsync("/checkout")));
        var token2 = delivery.QuerySelector("form.checkout-address input[name=__RequestVerificationToken]")?.GetAttribute("value");
        if (token2 is null) return null;
        await Retry(() => second.PostAsync("/checkout", Form(token2,
            ("Form.Email", $"cluster{i}@example.com"), ("Form.FullName", $"Cluster {i}"), ("Form.Line1", "1 Node Road"),
            ("Form.City", "Redundancy"), ("Form.Region", "NY"), ("Form.PostalCode", "10101"), ("Form.CountryCode", "US"), ("Form.ShippingMethod", "Standard"))));
        var review = Parser.ParseDocument(await Retry(() => second.GetAsync("/checkout/review")));
        var attemptKey = review.QuerySelector("form.payment-form input[name=attemptKey]")?.GetAttribute("value");
        var payToken = review.QuerySelector("form.payment-form input[name=__RequestVerificationToken]")?.GetAttribute("value");
        var action = review.QuerySelector("form.payment-form")?.GetAttribute("action"); // the sealed quote is in its URL
        if (attemptKey is null || payToken is null || action is null) return null;

        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                var pay = await second.PostAsync(action, Form(payToken, ("attemptKey", attemptKey), ("nonce", "fake-valid-nonce")));
                var location = pay.Headers.Location?.ToString();
                if (location?.StartsWith("/checkout/confirmation/", StringComparison.Ordinal) == true) return location[23..];
                if ((int)pay.StatusCode < 500) return null;
            }
            catch (HttpRequestException) { }
            await Task.Delay(300 * (attempt + 1)); // the person presses Pay again
        }
        return null;
    }

    private static HttpClient Client(string baseUrl, CookieContainer cookies) =>
        new(new SocketsHttpHandler { UseCookies = true, CookieContainer = cookies, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30),
        };

    /// <summary>GETs and form posts a browser would simply repeat when a node vanishes under it.</summary>
    private static async Task<string> Retry(Func<Task<HttpResponseMessage>> send)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var response = await send();
                if ((int)response.StatusCode < 500 || attempt == 4) return await response.Content.ReadAsStringAsync();
            }
            catch (HttpRequestException) when (attempt < 4) { }
            await Task.Delay(300 * (attempt + 1));
        }
    }
}
