using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Shop.Tests.Support;

/// <summary>
/// What the shop writes into an empty data folder when it starts (migrations, the demo catalog and its pictures, roles
/// and the configured administrator), made once per test run for each set of settings that changes it, then copied
/// into every <see cref="ShopApp"/>'s fresh folder before its host starts (on PostgreSQL: a database made from the
/// template database, see <see cref="TestDatabases"/>). The shop's own start-up migration and seeding then find
/// nothing left to do, and each app still has its own database: nothing is shared.
/// </summary>
internal static class DatabaseTemplates
{
    /// <summary>Settings that do not change what start-up writes to the database or the data folder.</summary>
    private static readonly string[] NeutralPrefixes =
        ["Logging:", "RateLimits:", "Mail:", "Shop:Accounts:", "Shop:Payments:", "Shop:Name", "Shop:PublicUrl"];

    /// <summary>Settings that put the database elsewhere or skip the start-up work: such apps start as they are.</summary>
    private static readonly string[] OwnDatabasePrefixes = ["Shop:DataDirectory", "Database:", "ConnectionStrings:"];

    private static readonly string Root = Path.Combine(Path.GetTempPath(), "shop-tests", $"templates-{Environment.ProcessId}");
    private static readonly ConcurrentDictionary<string, Lazy<Template>> Made = new();

    /// <summary>The data folder to copy, and on PostgreSQL the database to make copies of.</summary>
    private sealed record Template(string Folder, string? Database);

    /// <summary>
    /// Fills <paramref name="dataDirectory"/> with what an app with these settings would write at start; false (and
    /// nothing copied) when the settings choose their own database, so the app prepares it itself. On PostgreSQL
    /// <paramref name="database"/> is made as a copy of the template's.
    /// </summary>
    public static bool CopyInto(string dataDirectory, IReadOnlyDictionary<string, string?> settings, string environment, string? database)
    {
        var relevant = settings
            .Where(s => !NeutralPrefixes.Any(p => s.Key.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(s => s.Key, StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (relevant.Any(s => OwnDatabasePrefixes.Any(p => s.Key.StartsWith(p, StringComparison.OrdinalIgnoreCase)))) return false;

        var key = environment + "|" + string.Join("|", relevant.Select(s => $"{s.Key}={s.Value}"));
        Template template;
        try
        {
            template = Made.GetOrAdd(key, _ => new Lazy<Template>(() => Make(relevant, environment))).Value;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // These settings stop the shop from starting (a test may be about that): the app starts as it is and
            // fails the same way on its own.
            return false;
        }
        CopyFolder(template.Folder, dataDirectory);
        if (database is not null) TestDatabases.Create(database, template.Database);
        return true;
    }

    /// <summary>Starts the shop once on an empty folder, stops it, and keeps the database and the demo pictures.</summary>
    private static Template Make(List<KeyValuePair<string, string?>> relevant, string environment)
    {
        var folder = Path.Combine(Root, Guid.NewGuid().ToString("n"));
        var settings = relevant.ToDictionary(s => s.Key, s => s.Value);
        settings["Shop:DataDirectory"] = Path.Combine(folder, "start");
        settings["Shop:PublicUrl"] = "https://shop.example"; // Production will not start without one; it writes nothing
        string? database = null;
        if (TestDatabases.OnPostgres)
        {
            database = TestDatabases.NewName("shop_template");
            TestDatabases.Create(database);
            foreach (var (k, v) in TestDatabases.SettingsFor(database)) settings[k] = v;
        }
        using (var app = new ShopApp(settings) { Environment = environment })
            _ = app.Services;
        SqliteConnection.ClearAllPools(); // the last connection checkpoints the WAL into shop.db
        if (database is not null) TestDatabases.Release(database, drop: false); // a template must have no connections

        var template = Path.Combine(folder, "template");
        Directory.CreateDirectory(template);
        foreach (var name in new[] { "shop.db", "shop.db-wal" })
        {
            var file = Path.Combine(folder, "start", name);
            if (File.Exists(file)) File.Copy(file, Path.Combine(template, name));
        }
        var media = Path.Combine(folder, "start", "media");
        if (Directory.Exists(media)) CopyFolder(media, Path.Combine(template, "media"));
        TryDelete(Path.Combine(folder, "start"));
        return new Template(template, database);
    }

    /// <summary>
    /// Makes the demo catalog's picture folder of <paramref name="dataDirectory"/> a link to one folder for the run. A
    /// demo picture is drawn from its name alone (<c>DemoPictureFiles</c>), so shops that share the folder show the same
    /// pictures, and the browser tests' shops draw each one once a run instead of once a fixture.
    /// </summary>
    public static void ShareDemoPictures(string dataDirectory)
    {
        var shared = Directory.CreateDirectory(Path.Combine(Root, "demo-pictures")).FullName;
        var link = Path.Combine(dataDirectory, "media", "demo");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        Directory.CreateSymbolicLink(link, shared);
    }

    /// <summary>Removes the templates made so far (at the end of the run: <see cref="TestRun"/>).</summary>
    public static void DeleteAll()
    {
        foreach (var made in Made.Values.Where(m => m.IsValueCreated))
            if (made.Value.Database is { } database) TestDatabases.Release(database, drop: true);
        Made.Clear();
        if (TestDatabases.OnPostgres) TestDatabases.DropKept();
        TryDelete(Root);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.EnumerateDirectories(from)) CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
    }

    private static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
