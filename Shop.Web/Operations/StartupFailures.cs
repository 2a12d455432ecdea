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
    /// Fails before the host starts if a port of the configured URLs (urls, ASPNETCORE_URLS, --urls) is taken: a failed
    /// Kestrel start is logged by the host with stack traces. A port taken in between still ends in <see cref="Explain"/>.
    /// </summary>
    public static void CheckPortsFree(IConfiguration configuration)
    {
        var urls = configuration["urls"] ?? "";
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = Regex.Match(url, @"^\w+://(?<host>\[[^\]]+\]|[^:/]+):(?<port>\d+)");
            if (!match.Success || match.Groups["port"].Value is "0") continue;
            var host = match.Groups["host"].Value.Trim('[', ']');
            var address = host == "localhost" ? IPAddress.Loopback : IPAddress.TryParse(host, out var ip) ? ip : IPAddress.Any;
            var listener = new TcpListener(address, int.Parse(match.Groups["port"].Value));
            try
            {
                listener.Start();
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                throw new StartupFailure($"Another program already listens on {url} (perhaps another copy of the shop): stop it, or start the shop on another port, e.g. --urls http://localhost:5081.");
            }
            finally
            {
                listener.Stop();
            }
        }
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
