using System.Net;

namespace Shop.Bench;

/// <summary>
/// A browser reaching a node through a TLS-terminating proxy: the node is told the request came over https (it
/// trusts X-Forwarded-Proto from loopback), so it sets Secure cookies, and they are kept and sent back as a browser
/// on https would. A plain CookieContainer never sends Secure cookies over http. Handlers given the same jar act as
/// one browser behind a balancer (cookies do not care about ports, so both nodes on 127.0.0.1 share them).
/// </summary>
public sealed class TlsProxyCookies(CookieContainer? jar = null) : DelegatingHandler(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
{
    private readonly CookieContainer _jar = jar ?? new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var seenByBrowser = new UriBuilder(request.RequestUri!) { Scheme = Uri.UriSchemeHttps }.Uri;
        request.Headers.Add("X-Forwarded-Proto", "https");
        var cookies = _jar.GetCookieHeader(seenByBrowser);
        if (cookies.Length > 0) request.Headers.Add("Cookie", cookies);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            foreach (var header in setCookies) _jar.SetCookies(seenByBrowser, header);
        return response;
    }
}
