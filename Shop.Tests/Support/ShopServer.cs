using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Shop.Tests.Support;

/// <summary>The shop on a real Kestrel port on 127.0.0.1, for a real browser.</summary>
public sealed class ShopServer : ShopApp
{
    /// <param name="testServices">As <see cref="ShopApp.TestServices"/>, which must be set before the server starts here.</param>
    public ShopServer(Dictionary<string, string?>? settings = null, string environment = "Testing", Action<IServiceCollection>? testServices = null)
        : base(settings)
    {
        Environment = environment;
        TestServices = testServices;
        if (settings?.ContainsKey("Shop:DataDirectory") != true) DatabaseTemplates.ShareDemoPictures(DataDirectory);
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().TrimEnd('/');
    }

    /// <summary>For example http://127.0.0.1:40123 (no trailing slash).</summary>
    public string BaseUrl { get; }
}
