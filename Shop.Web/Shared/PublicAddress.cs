using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Shop.Web.Shared;

/// <summary>
/// The shop's public address (<c>Shop:PublicUrl</c>). Every link that leaves the shop, in a mail, starts with it and
/// never with the request's Host, which a client can forge. Unset (Development, tests) it is the server's own
/// listening address.
/// </summary>
public sealed class PublicAddress(ShopUrl configured, IServer server, LinkGenerator links)
{
    private string? _root;

    /// <summary>For example https://shop.example or https://example.com/shop (no trailing slash).</summary>
    public string Root => _root ??= configured.Value?.AbsoluteUri.TrimEnd('/') ?? ServerAddress();

    /// <summary>An absolute link to an action, for a mail; <paramref name="languagePrefix"/> ("/de") for a page in that language.</summary>
    public string Link(string action, string controller, object? values = null, string languagePrefix = "") =>
        Root + languagePrefix + (links.GetPathByAction(action, controller, values)
            ?? throw new InvalidOperationException($"No route to {controller}.{action}"));

    private string ServerAddress()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null) return "http://localhost"; // in-memory test server
        var uri = new UriBuilder(address.Replace("://+", "://localhost").Replace("://*", "://localhost"));
        if (uri.Host is "0.0.0.0" or "[::]" or "::") uri.Host = "localhost";
        return uri.Uri.GetLeftPart(UriPartial.Authority);
    }
}
