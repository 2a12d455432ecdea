using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Shop.Web;

/// <summary>Loads the repository-root appsettings.json, the shop's one configuration file.</summary>
public static class ShopConfiguration
{
    /// <summary>
    /// The file is copied next to the binaries by the build. It goes where the host's own appsettings.json would
    /// sit, so user secrets, environment variables (Shop__Currency=EUR) and the command line still override it.
    /// </summary>
    public static void AddShopSettingsFile(this WebApplicationBuilder builder)
    {
        var folder = AppContext.BaseDirectory;
        if (!File.Exists(Path.Combine(folder, "appsettings.json"))) return;

        var sources = builder.Configuration.Sources;
        var position = sources.Select((s, i) => (s, i))
            .Where(x => x.s is JsonConfigurationSource { Path: "appsettings.json" })
            .Select(x => x.i + 1)
            .FirstOrDefault();
        sources.Insert(position, new JsonConfigurationSource
        {
            FileProvider = new PhysicalFileProvider(folder),
            Path = "appsettings.json",
            Optional = false,
            ReloadOnChange = false,
        });
    }

    /// <summary>The absolute data folder (database, mail drop, media), created if missing.</summary>
    public static string DataDirectory(IConfiguration configuration, IHostEnvironment environment)
    {
        var path = DataDirectoryPath(configuration, environment);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Where the data folder is (Shop:DataDirectory, relative to the content root), made or not.</summary>
    public static string DataDirectoryPath(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[$"{ShopOptions.Section}:{nameof(ShopOptions.DataDirectory)}"];
        return Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "App_Data" : configured, environment.ContentRootPath);
    }
}
