using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;
using Shop.Web.Data;

namespace Shop.Web.Operations;

/// <summary>
/// The start-up failures an operator meets (a setting missing or wrong, a port already taken, a data folder the shop
/// cannot write, a database from a newer shop), each told as one sentence instead of a stack trace. Anything else stays
/// an ordinary crash.
/// </summary>
public static class StartupFailures
{
    /// <summary>The sentence for a known start-up failure, or null.</summary>
    public static string? Explain(Exception e) => e switch
    {
        StartupFailure => e.Message,
        DatabaseFromNewerShop newer =>
            $"The database {newer.Database} was written by a newer version of the shop (it has migration {newer.Migration}, which this build does not know): run that version or a newer one, or point ConnectionStrings:Shop at another database.",
        IOException { InnerException: AddressInUseException } =>
            $"{e.Message.TrimEnd('.')}: stop the program using that port (perhaps another copy of the shop) or start the shop on another one, e.g. --urls http://localhost:5081.",
        _ => null,
    };

    /// <summary>
    /// Fails before the host starts if a port of the configured URLs (urls, ASPNETCORE_URLS, --urls) is taken or names an
    /// address this machine lacks: a failed Kestrel start is logged by the host with stack traces. A port taken in
    /// between still ends in <see cref="Explain"/>, below the host's log of it.
    /// </summary>
    public static void CheckPortsFree(IConfiguration configuration)
    {
        var urls = configuration["urls"] ?? "";
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = Regex.Match(url, @"^\w+://(?<host>\[[^\]]+\]|[^:/]+):(?<port>\d+)");
            if (!match.Success || match.Groups["port"].Value is "0") continue;
            var port = int.Parse(match.Groups["port"].Value);
            var host = match.Groups["host"].Value.Trim('[', ']');
            foreach (var address in KestrelBinds(host))
            {
                var error = BindError(address, port);
                if (error is SocketError.AddressAlreadyInUse)
                    throw new StartupFailure($"Another program already listens on {url} (perhaps another copy of the shop): stop it, or start the shop on another port, e.g. --urls http://localhost:5081.");
                if (error is SocketError.AddressNotAvailable && IPAddress.TryParse(host, out _))
                    throw new StartupFailure($"{url} names an address this machine does not have: use one of its own, or localhost, e.g. --urls http://localhost:5081.");
            }
        }
    }

    /// <summary>What Kestrel listens on for a URL's host: both loopbacks for localhost, all addresses for a name or *.</summary>
    private static IPAddress[] KestrelBinds(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? [IPAddress.Loopback, IPAddress.IPv6Loopback]
        : IPAddress.TryParse(host, out var ip) ? [ip]
        : [Socket.OSSupportsIPv6 ? IPAddress.IPv6Any : IPAddress.Any];

    /// <summary>Why binding the port failed (Success if it did not): taken, an address the machine lacks, no IPv6...</summary>
    private static SocketError BindError(IPAddress address, int port)
    {
        try
        {
            using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            if (address.Equals(IPAddress.IPv6Any)) socket.DualMode = true; // as Kestrel: IPv4 too
            socket.Bind(new IPEndPoint(address, port));
            socket.Listen(1);
            return SocketError.Success;
        }
        catch (SocketException e)
        {
            return e.SocketErrorCode;
        }
    }

    /// <summary>
    /// Fails now, naming the setting, if a <c>Shop:</c> value cannot be read as what it is (a day, a number, yes or no):
    /// otherwise the first page that reads the settings would fail.
    /// </summary>
    public static void CheckShopSettings(IConfiguration configuration)
    {
        const string how = "correct it in appsettings.json or the environment (a day is written 2026-12-25, an amount 4.95, a switch true or false).";
        ShopOptions? options;
        try
        {
            options = configuration.GetSection(ShopOptions.Section).Get<ShopOptions>();
        }
        catch (InvalidOperationException e)
        {
            throw new StartupFailure($"{e.Message.TrimEnd('.')}: {how}");
        }
        if (options?.Shipping.NotADay is { } wrong)
            throw new StartupFailure($"Shop:Shipping:Holidays has '{wrong}', which is not a day: {how}");
    }

    /// <summary>Fails now, with what to do, if the data folder (Shop:DataDirectory) cannot be created or written.</summary>
    public static void CheckDataFolder(IConfiguration configuration, IHostEnvironment environment)
    {
        var path = ShopConfiguration.DataDirectoryPath(configuration, environment);
        try
        {
            Directory.CreateDirectory(path);
            var probe = Path.Combine(path, $".write-check-{Guid.NewGuid():n}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupFailure($"The shop cannot write to its data folder {path} ({e.Message.TrimEnd('.')}): make it writable for this user, or set Shop:DataDirectory to a folder that is.");
        }
    }
}
