using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;

namespace Shop.Tests.Support;

/// <summary>
/// The real shop in memory (TestServer) with its own fresh SQLite database and data folder, so fixtures never
/// see each other's data. Settings can be overridden per instance, as an operator would in appsettings.json.
/// The fresh folder starts as a copy of what the shop writes at its first start (see <see cref="DatabaseTemplates"/>),
/// so the app's start-up migration and seeding find nothing to do.
/// </summary>
public class ShopApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Dictionary<string, string?> _given;
    private readonly bool _ownsData;
    private readonly string? _postgresDatabase;
    private readonly string? _keptDatabase;

    /// <remarks>
    /// A test run starts about a hundred hosts, a few at a time, and each watches its settings and web assets; with
    /// inotify that is an instance each from a limit of 128 shared by every process of the user, which other test
    /// runs on the machine use too. The hosts therefore poll for changes (nothing in the tests changes those files).
    /// </remarks>
    static ShopApp() => System.Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");

    public ShopApp(Dictionary<string, string?>? settings = null)
    {
        _given = new Dictionary<string, string?>(settings ?? []);
        // A data folder given by the test belongs to the test; otherwise each app gets a fresh one and removes it.
        _ownsData = settings?.ContainsKey("Shop:DataDirectory") != true;
        DataDirectory = _ownsData ? Path.Combine(Path.GetTempPath(), "shop-tests", Guid.NewGuid().ToString("n")) : settings!["Shop:DataDirectory"]!;
        Directory.CreateDirectory(DataDirectory);
        _settings = new Dictionary<string, string?>
        {
            ["Shop:DataDirectory"] = DataDirectory,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        // Every test request comes from one address; the rate-limit tests set their own low limits.
        foreach (var policy in new[] { "signin", "register", "passwordreset", "checkout", "webhook", "backinstock", "discountcode" })
            _settings[$"RateLimits:{policy}:PermitLimit"] = "100000";
        _settings["RateLimits:discountcode:WrongPerHour"] = "100000"; // wrong codes from that one address, all carts
        // Hundreds of sign-ins: only the timing tests wait for the even answer time.
        _settings["Shop:Accounts:EvenAnswerTime"] = "00:00:00";
        // The first search builds the index, and a search waits for a new one however long it takes: a test's search
        // right after its own change sees it (SearchTests has the index built at start, and the answer meanwhile).
        _settings["Shop:Search:IndexAtStart"] = "false";
        _settings["Shop:Search:WaitForNewIndex"] = "00:05:00";
        foreach (var (k, v) in settings ?? []) _settings[k] = v;
        // On a test PostgreSQL server (TestDatabases) an app that does not choose its database gets one of its own, or
        // the one of the data folder the test gave it. One process never mixes providers: EF's compiled queries
        // belong to the first model they met.
        if (TestDatabases.OnPostgres && !_given.Keys.Any(k => k.StartsWith("Database:", StringComparison.OrdinalIgnoreCase)
                                                              || k.StartsWith("ConnectionStrings:", StringComparison.OrdinalIgnoreCase)))
        {
            var database = _ownsData ? _postgresDatabase = TestDatabases.NewName("shop") : _keptDatabase = TestDatabases.KeptFor(DataDirectory);
            foreach (var (k, v) in TestDatabases.SettingsFor(database)) _settings[k] = v;
        }
    }

    public string DataDirectory { get; }

    private const string PublicUrlKey = "Shop:PublicUrl";

    public string Environment { get; init; } = "Testing";

    /// <summary>
    /// Start from a copy of the prepared database (the default when the app has its own fresh folder). Tests about
    /// start-up itself (migrating, seeding) turn it off, so the shop does all of its start-up work on an empty folder.
    /// </summary>
    public bool UseDatabaseTemplate { get; init; } = true;

    /// <summary>Replaces or adds services after the app registered its own (a log capture, a fake clock).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        // Outside Development an unpublished app needs this to find wwwroot's build-time assets.
        builder.UseStaticWebAssets();
        // Production refuses to start without its public address; a test that is about that sets it empty.
        if (Environment == "Production" && !_settings.ContainsKey(PublicUrlKey)) builder.UseSetting(PublicUrlKey, "https://shop.example");
        foreach (var (k, v) in _settings) builder.UseSetting(k, v);
        if (TestServices is not null) builder.ConfigureTestServices(TestServices);
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        // Before the host builds: the shop's start-up then finds its database migrated and seeded.
        var copied = UseDatabaseTemplate && _ownsData && DatabaseTemplates.CopyInto(DataDirectory, _given, Environment, _postgresDatabase);
        if (!copied && _postgresDatabase is not null) TestDatabases.Create(_postgresDatabase);
        return base.CreateHost(builder);
    }

    /// <summary>A scope for arranging or checking data directly in the app's database.</summary>
    public async Task WithDbAsync(Func<ShopDbContext, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<ShopDbContext>());
    }

    public Task<T> WithDbAsync<T>(Func<ShopDbContext, Task<T>> action) => WithAsync(action);

    /// <summary>Runs <paramref name="work"/> with one of the app's services from a fresh request-like scope.</summary>
    public async Task<TResult> WithAsync<TService, TResult>(Func<TService, Task<TResult>> work) where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (_postgresDatabase is not null) TestDatabases.Release(_postgresDatabase, drop: true);
        // A kept database outlives the app, its pool must not: a sale's hundred connections, idle for minutes, in each
        // of a run's kept databases once filled the server (53300, too many clients).
        if (_keptDatabase is not null) TestDatabases.Release(_keptDatabase, drop: false);
        if (!_ownsData) return;
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
