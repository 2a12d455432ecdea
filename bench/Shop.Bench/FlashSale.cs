using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using AngleSharp.Html.Parser;
using static Shop.Bench.ShopForms;

namespace Shop.Bench;

/// <summary>
/// The flash sale: N virtual shoppers, each with their own cookies, open the product, add it to the cart, fill the
/// delivery form, open the payment page and then — all together — press Pay with the test card. Real HTTP, real
/// antiforgery tokens, 127.0.0.1 only. Reports paid orders, oversold units, 5xx and the Pay latency, and how the
/// product pages left open during the sale (live connections, <see cref="SalePages"/>) kept up.
/// </summary>
public static class FlashSale
{
    public static async Task<int> RunAsync(string baseUrl, string slug, int shoppers, string reportFile)
    {
        if (!new Uri(baseUrl).IsLoopback) throw new ArgumentException("The flash sale only ever targets a loopback address.");
        var results = new ConcurrentBag<Result>();
        var ready = new List<(HttpClient Client, PayForm Pay)>();
        var prepared = 0;
        var errors5xx = 0;

        // Phase 1: everyone gets to the payment page (bounded concurrency, like people arriving over a minute).
        using var gate = new SemaphoreSlim(64);
        var prep = Enumerable.Range(0, shoppers).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var client = NewClient(baseUrl);
                var form = await PrepareAsync(client, slug, i);
                if (form is null) { client.Dispose(); return; }
                lock (ready) ready.Add((client, form));
                Interlocked.Increment(ref prepared);
            }
            catch (HttpRequestException) { Interlocked.Increment(ref errors5xx); }
            finally { gate.Release(); }
        });
        await Task.WhenAll(prep);

        // Product pages open while the sale runs, each with its live connection.
        var saleClock = new Stopwatch();
        await using var pages = await SalePages.OpenAsync(baseUrl, await ProductIdAsync(baseUrl, slug), OpenPages, saleClock);

        // For profiling the sale alone: with GO_FILE set, say "ready" in GO_FILE.ready and open the sale when GO_FILE appears.
        if (Environment.GetEnvironmentVariable("GO_FILE") is { Length: > 0 } go)
        {
            await File.WriteAllTextAsync(go + ".ready", "");
            while (!File.Exists(go)) await Task.Delay(50);
        }
        // Phase 2: the sale opens — every prepared shopper presses Pay at once.
        var start = new TaskCompletionSource();
        var lastPaidAt = 0.0;
        var firstAnsweredAt = double.MaxValue;
        var pays = ready.Select(async r =>
        {
            await start.Task;
            var sentAt = saleClock.Elapsed.TotalMilliseconds;
            HttpResponseMessage? response = null;
            try { response = await r.Client.PostAsync(r.Pay.Action, new FormUrlEncodedContent(r.Pay.Fields)); }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { } // no answer: counted below
            var answeredAt = saleClock.Elapsed.TotalMilliseconds;
            var location = response?.Headers.Location?.ToString();
            lock (results)
            {
                firstAnsweredAt = Math.Min(firstAnsweredAt, answeredAt);
                if (location?.StartsWith("/checkout/confirmation/", StringComparison.Ordinal) == true) lastPaidAt = Math.Max(lastPaidAt, answeredAt);
            }
            results.Add(new Result(response is null ? 0 : (int)response.StatusCode, location, sentAt, answeredAt));
        }).ToList();
        saleClock.Start();
        start.SetResult();
        await Task.WhenAll(pays);
        await pages.WaitForSoldOutAsync(TimeSpan.FromSeconds(5));

        var all = results.ToList();
        var paid = all.Count(r => r.Location?.StartsWith("/checkout/confirmation/", StringComparison.Ordinal) == true);
        var soldOut = all.Count(r => r.Location == "/cart");
        var fiveXx = errors5xx + all.Count(r => r.Status >= 500);
        var latencies = all.Select(r => r.Milliseconds).Order().ToList();
        double P(double q) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];

        var report =
            $"| Flash sale | Value |\n| --- | ---: |\n" +
            $"| Virtual shoppers | {shoppers} |\n" +
            $"| Reached the payment page | {prepared} |\n" +
            $"| Paid orders | {paid} |\n" +
            $"| Told \"sold out\" (sent back to their cart) | {soldOut} |\n" +
            $"| Other answers | {all.Count(r => r.Status != 0) - paid - soldOut} |\n" +
            $"| No answer within {PayTimeout.TotalSeconds:0} s | {all.Count(r => r.Status == 0)} |\n" +
            $"| 5xx responses | {fiveXx} |\n" +
            $"| Pay latency p50 / p99 (ms) | {P(0.50):0} / {P(0.99):0} |\n" +
            $"| Product pages open during the sale (live) | {pages.Count} |\n" +
            $"| Stock messages each page received (min / max) | {pages.MessagesPerPage.Min} / {pages.MessagesPerPage.Max} |\n" +
            $"| Pages showing \"Sold out\" afterwards | {pages.ShowingSoldOut} of {pages.Count} |\n" +
            $"| First Pay answered / last paid order answered (ms after the sale opened) | {firstAnsweredAt:0} / {lastPaidAt:0} |\n" +
            $"| Pages showed \"Sold out\" (ms after the sale opened, p50 / slowest) | {pages.SoldOutShownAt.P50:0} / {pages.SoldOutShownAt.Max:0} |\n";
        await File.WriteAllTextAsync(reportFile, report);
        // With SALE_TIMELINE set, one line per Pay: sent and answered (ms after the sale opened), status, redirect.
        if (Environment.GetEnvironmentVariable("SALE_TIMELINE") is { Length: > 0 } timeline)
            await File.WriteAllLinesAsync(timeline, all.Select(r => FormattableString.Invariant($"{r.SentAt:0.0},{r.AnsweredAt:0.0},{r.Status},{r.Location}")));
        Console.WriteLine(report);
        ready.ForEach(r => r.Client.Dispose());
        return 0;
    }

    /// <summary>One Pay: its answer, and when it was sent and answered (ms after the sale opened).</summary>
    private sealed record Result(int Status, string? Location, double SentAt, double AnsweredAt)
    {
        public double Milliseconds => AnsweredAt - SentAt;
    }

    private const int OpenPages = 50;
    private static readonly TimeSpan PayTimeout = TimeSpan.FromSeconds(60);

    private static async Task<int> ProductIdAsync(string baseUrl, string slug)
    {
        using var client = NewClient(baseUrl);
        var page = Parser.ParseDocument(await Ok(client.GetAsync($"/p/{slug}")));
        return int.Parse(page.QuerySelector(".product-detail")!.GetAttribute("data-product-id")!, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static HttpClient NewClient(string baseUrl) =>
        new(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = PayTimeout,
        };

    private static readonly HtmlParser Parser = new();

    /// <summary>The payment form as the review page has it: where it posts (the sealed quote is in that URL) and its fields.</summary>
    private sealed record PayForm(string Action, Dictionary<string, string> Fields);

    private static async Task<PayForm?> PrepareAsync(HttpClient client, string slug, int i)
    {
        if (BuyBox(await Ok(client.GetAsync($"/p/{slug}"))) is not { } box) return null; // already sold out

        await client.PostAsync("/cart/add", AddOne(box));
        var delivery = Parser.ParseDocument(await Ok(client.GetAsync("/checkout")));
        var token = delivery.QuerySelector("form.checkout-address input[name=__RequestVerificationToken]")?.GetAttribute("value");
        if (token is null) return null;
        await client.PostAsync("/checkout", Form(token,
            ("Form.Email", $"shopper{i}@example.com"), ("Form.FullName", $"Shopper {i}"), ("Form.Line1", $"{i} Sale Street"),
            ("Form.City", "Springfield"), ("Form.Region", "IL"), ("Form.PostalCode", "12345"), ("Form.CountryCode", "US"), ("Form.ShippingMethod", "Standard")));
        var review = Parser.ParseDocument(await Ok(client.GetAsync("/checkout/review")));
        var attemptKey = review.QuerySelector("form.payment-form input[name=attemptKey]")?.GetAttribute("value");
        var payToken = review.QuerySelector("form.payment-form input[name=__RequestVerificationToken]")?.GetAttribute("value");
        var action = review.QuerySelector("form.payment-form")?.GetAttribute("action");
        if (attemptKey is null || payToken is null || action is null) return null;
        return new PayForm(action, new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = payToken, ["attemptKey"] = attemptKey, ["nonce"] = "fake-valid-nonce",
        });
    }

    private static async Task<string> Ok(Task<HttpResponseMessage> request)
    {
        var response = await request;
        if ((int)response.StatusCode >= 500) throw new HttpRequestException($"{(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }
}
