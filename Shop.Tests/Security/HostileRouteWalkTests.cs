using System.Diagnostics;
using System.Net.Sockets;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.AspNetCore.Identity;

namespace Shop.Tests.Security;

/// <summary>
/// Walks every route of the app (read from its endpoints, so new pages are walked without a list) with odd route values,
/// odd query strings, malformed and truncated bodies and HEAD, anonymously and as an administrator, on a real Kestrel
/// port: every answer is a 4xx or a page, never a 5xx. Forms are posted with a scraped antiforgery token (as a header, so
/// even a broken body reaches model binding) and without one.
/// </summary>
public class HostileRouteWalkTests
{
    private const string TokenHeader = "RequestVerificationToken";
    private ShopServer _server = null!;
    private IReadOnlyList<WalkedRoute> _routes = null!;
    private string _adminEmail = null!;

    /// <summary>Real values for route parameters, taken from links on the app's pages (fallback "1").</summary>
    private readonly Dictionary<WalkedRoute, RouteValueDictionary> _samples = [];

    [OneTimeSetUp]
    public async Task StartShop()
    {
        _server = new ShopServer();
        _routes = WalkedRoute.All(_server.Services);
        _adminEmail = Accounts.UniqueEmail("admin");
        await _server.CreateAccountAsync(_adminEmail, roles: [Roles.Admin, Roles.Staff]);
        // An order, so the staff order pages have a real number to walk.
        var slug = await _server.WithDbAsync(db => Task.FromResult(db.Products.Where(p => !p.Options.Any() && p.IsPublished && p.Variants.Sum(v => v.StockOnHand) > 5).OrderBy(p => p.Id).Select(p => p.Slug).First()));
        using var shopper = new Shopper(NewClient());
        await shopper.AddToCartAsync(slug);
        Assert.That((int)(await shopper.CheckoutAsync()).StatusCode, Is.EqualTo(302), "guest order placed");
    }

    [OneTimeTearDown]
    public void StopShop() => _server.Dispose();

    [Test]
    public async Task Every_route_answers_hostile_input_with_a_4xx_never_a_500()
    {
        Assert.That(_routes.Count(r => r.Accepts("GET")), Is.GreaterThan(40), "the walk found the shop's pages");
        Assert.That(_routes.SelectMany(r => r.BoundNames), Does.Contain("page").IgnoreCase.And.Contain("minPrice").IgnoreCase.And.Contain("from").IgnoreCase.And.Contain("Form.Email"),
            "the walk found the names the shop binds");
        var clock = Stopwatch.StartNew();
        var failures = new List<string>();
        // One after the other, as they collect the sample route values; then both walk at once, each on its own connection.
        using var anonymous = await VisitorAsync(admin: false, failures);
        using var administrator = await VisitorAsync(admin: true, failures);
        await Task.WhenAll(new[] { anonymous, administrator }.Select(async visitor =>
        {
            foreach (var route in _routes.Where(r => r.Accepts("GET"))) await WalkPageAsync(visitor, route);
            foreach (var route in _routes.Where(r => r.IsForm)) await WalkFormAsync(visitor, route);
        }));
        // Proof the scraped token works: without it every post would stop at antiforgery's 400.
        Assert.That(anonymous.PastTheToken, Is.GreaterThan(20), "posts with the token that got past antiforgery (anonymous)");
        Assert.That(administrator.PastTheToken, Is.GreaterThan(20), "posts with the token that got past antiforgery (admin)");
        TestContext.Out.WriteLine($"{anonymous.Requests + administrator.Requests} requests to {_routes.Count} routes in {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.That(failures, Is.Empty, $"{failures.Count} hostile requests got a 5xx or no answer:\n" + string.Join("\n", failures));
    }

    [Test]
    public async Task A_form_body_shorter_than_its_content_length_is_never_a_500()
    {
        var failures = new List<string>();
        using var admin = await VisitorAsync(admin: true, failures);
        var forms = _routes.Where(r => r.IsForm).ToList();
        Assert.That(forms, Has.Count.GreaterThan(30), "the walk found the shop's forms");
        // All at once: each waits for Kestrel's minimum body data rate (5 s grace) to give up on the missing bytes.
        var sent = forms.SelectMany(r => new[]
        {
            ("application/x-www-form-urlencoded", "a=1&b="),
            ("multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1"),
        }.Select(async b => (Url: SamplePath(r), b.Item1, Status: await SendCutShortAsync(admin, SamplePath(r), b.Item1, b.Item2))));
        foreach (var (url, type, status) in await Task.WhenAll(sent))
            // A form route answers 4xx (408: the rest of the body never came); one that ignores its body (health) may say 200.
            if (status is null or >= 500) failures.Add($"{status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no answer"} POST {Shorten(url)} ({type}, body cut short)");
        Assert.That(failures, Is.Empty, string.Join("\n", failures));
        Assert.That((await admin.Client.GetAsync("/")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the shop still serves");
    }

    /// <summary>The page with its real and its hostile route values, hostile query strings, and HEAD like GET.</summary>
    private async Task WalkPageAsync(Visitor visitor, WalkedRoute route)
    {
        var paths = new List<string> { SamplePath(route) };
        if (route.Pattern.Parameters.Count > 0) paths.AddRange(HostileInputs.RouteValues.Select(v => route.Path(_ => v)));
        var names = route.BoundNames.Count > 0 ? route.BoundNames : ["page", "q"];
        var urls = paths.Concat(HostileInputs.Values.Take(route.BoundNames.Count > 0 ? int.MaxValue : 2).Select(v => paths[0] + HostileInputs.Query(names, v)));
        foreach (var url in urls)
        {
            var get = await visitor.SendAsync(HttpMethod.Get, url, "hostile route or query");
            var head = await visitor.SendAsync(HttpMethod.Head, url, "HEAD");
            // HEAD answers like GET without a body (RFC 9110): where GET works, HEAD gets the same status, never a 405.
            if (get is < 400 && head != get) visitor.Fail($"HEAD {Shorten(url)} answered {head} where GET answered {get}");
        }
    }

    /// <summary>The form with hostile route values, hostile field values, and broken bodies; with and without a token.</summary>
    private async Task WalkFormAsync(Visitor visitor, WalkedRoute route)
    {
        var method = new HttpMethod(route.Methods.First(m => m is "POST" or "PUT" or "PATCH" or "DELETE"));
        var path = SamplePath(route);
        if (route.Pattern.Parameters.Count > 0)
            foreach (var value in HostileInputs.RouteValues)
                await visitor.SendAsync(method, route.Path(_ => value), "hostile route value", () => HostileInputs.Form(route.BoundNames, "1"), withToken: true);
        foreach (var value in HostileInputs.Values)
            await visitor.SendAsync(method, path, $"every field '{Shorten(value, 30)}'", () => HostileInputs.Form(route.BoundNames, value), withToken: true);
        foreach (var (label, body) in HostileInputs.Bodies())
        {
            await visitor.SendAsync(method, path, label, body, withToken: true);
            await visitor.SendAsync(method, path, label + ", no token", body, withToken: false);
        }
    }

    private string SamplePath(WalkedRoute route) =>
        route.Path(p => _samples.GetValueOrDefault(route)?[p.Name] as string ?? "1");

    /// <summary>
    /// A visitor with cookies and an antiforgery token scraped from a page; the first one also reads the links on every
    /// page without parameters, to fill route parameters with real values.
    /// </summary>
    private async Task<Visitor> VisitorAsync(bool admin, List<string> failures)
    {
        var cookies = new CookieContainer();
        var visitor = new Visitor(NewClient(cookies), cookies, failures, admin ? _adminEmail : null, UnlockAdminAsync);
        if (admin) await visitor.Client.SignInAsync(_adminEmail);
        var parser = new HtmlParser();
        foreach (var page in _routes.Where(r => r.Accepts("GET") && r.Pattern.Parameters.Count == 0))
        {
            var url = page.Path(_ => "");
            using var response = await visitor.Client.GetAsync(url);
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var html = parser.ParseDocument(await response.Content.ReadAsStringAsync());
            if (visitor.TokenPage is null && html.QuerySelector("input[name=__RequestVerificationToken]") is not null) visitor.TokenPage = url;
            foreach (var link in html.QuerySelectorAll("a[href], form[action]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("action")!))
                RememberSample(link);
        }
        Assert.That(visitor.TokenPage, Is.Not.Null, "a page with a form");
        await visitor.ScrapeTokenAsync();
        return visitor;
    }

    private void RememberSample(string link)
    {
        if (!link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal)) return;
        var path = new PathString(link.Split('?', '#')[0]);
        foreach (var route in _routes.Where(r => r.Pattern.Parameters.Count > 0 && !_samples.ContainsKey(r)))
        {
            var values = new RouteValueDictionary();
            if (new TemplateMatcher(new RouteTemplate(route.Pattern), []).TryMatch(path, values)
                && route.Pattern.Parameters.All(p => values[p.Name] is string v && v.Length > 0 && WalkedRoute.Fits(p, v)))
                _samples[route] = values;
        }
    }

    /// <summary>Sends the headers and only part of the body its Content-Length announces, then waits for the answer.</summary>
    private async Task<int?> SendCutShortAsync(Visitor visitor, string path, string contentType, string body)
    {
        var uri = new Uri(_server.BaseUrl);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, uri.Port);
        var stream = tcp.GetStream();
        var head = $"POST {path} HTTP/1.1\r\nHost: {uri.Authority}\r\nCookie: {visitor.Cookies.GetCookieHeader(uri)}\r\n" +
                   $"{TokenHeader}: {visitor.Token}\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length + 1000}\r\nConnection: close\r\n\r\n{body}";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        // The sending side stays open: Kestrel takes a client's FIN as the end of the connection and answers nobody.
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var answer = new MemoryStream();
        try { await stream.CopyToAsync(answer, deadline.Token); }
        catch (IOException) { } // the server may reset the connection after answering
        catch (OperationCanceledException) { }
        var statusLine = Encoding.ASCII.GetString(answer.ToArray()).Split("\r\n")[0].Split(' ');
        return statusLine.Length > 1 && int.TryParse(statusLine[1], out var status) ? status : null;
    }

    private HttpClient NewClient(CookieContainer? cookies = null) => new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies ?? new CookieContainer() })
    {
        BaseAddress = new Uri(_server.BaseUrl),
        Timeout = TimeSpan.FromSeconds(30),
    };

    private static string Shorten(string text, int length = 160) => text.Length <= length ? text : text[..length] + $"…({text.Length} chars)";

    /// <summary>The walk's wrong "current passwords" count towards lockout, as they should: lift it before signing in again.</summary>
    private Task UnlockAdminAsync() => _server.WithAsync<UserManager<ShopUser>, bool>(async users =>
    {
        var admin = (await users.FindByEmailAsync(_adminEmail))!;
        await users.SetLockoutEndDateAsync(admin, null);
        await users.ResetAccessFailedCountAsync(admin);
        return true;
    });

    /// <summary>One visitor's client, token and tally; records every 5xx (or no answer) it meets.</summary>
    private sealed class Visitor(HttpClient client, CookieContainer cookies, List<string> failures, string? adminEmail, Func<Task> unlockAdmin) : IDisposable
    {
        public HttpClient Client { get; } = client;
        public CookieContainer Cookies { get; } = cookies;
        public string? TokenPage { get; set; }
        public string Token { get; private set; } = "";
        public int Requests { get; private set; }
        public int PastTheToken { get; private set; }

        public void Fail(string failure)
        {
            lock (failures) failures.Add($"{(adminEmail is null ? "anonymous" : "admin")}: {failure}");
        }

        public async Task ScrapeTokenAsync()
        {
            var (_, page) = await Client.GetPageAsync(TokenPage!);
            Token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? throw new AssertionException($"no token on {TokenPage}");
        }

        public async Task<int?> SendAsync(HttpMethod method, string url, string label, Func<HttpContent?>? body = null, bool withToken = false)
        {
            using var request = new HttpRequestMessage(method, url) { Content = body?.Invoke() };
            if (withToken) request.Headers.TryAddWithoutValidation(TokenHeader, Token);
            Requests++;
            try
            {
                using var response = await Client.SendAsync(request);
                var status = (int)response.StatusCode;
                if (status >= 500) Fail($"{status} {method} {Shorten(url)} ({label})");
                if (withToken && status != 400) PastTheToken++;
                // Posts that sign the administrator out (sign-out itself) must not turn the rest of the walk anonymous.
                if (adminEmail is not null && response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("shop.auth=;", StringComparison.Ordinal)))
                {
                    await unlockAdmin();
                    await Client.SignInAsync(adminEmail);
                    await ScrapeTokenAsync();
                }
                return status;
            }
            catch (HttpRequestException e)
            {
                Fail($"no answer to {method} {Shorten(url)} ({label}): {e.Message}");
                return null;
            }
        }

        public void Dispose() => Client.Dispose();
    }
}
