using System.Diagnostics;

namespace Shop.Tests.Support;

/// <summary>Runs an operator's command (`dotnet Shop.Web.dll migrate`, `copy-data ...`) in its own process, as an operator would.</summary>
public static class ShopCommand
{
    public sealed record Run(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit code {ExitCode}\n{Output}\n{Error}";
    }

    /// <summary>The shop in Production on the SQLite file of <paramref name="dataDirectory"/>, whatever this process's environment says.</summary>
    public static Task<Run> RunAsync(string dataDirectory, params string[] args) => RunAsync(dataDirectory, new Dictionary<string, string>(), args);

    /// <summary>As above, with <paramref name="environment"/> variables on top (ASPNETCORE_ENVIRONMENT=Development, a port...).</summary>
    public static Task<Run> RunAsync(string dataDirectory, Dictionary<string, string> environment, params string[] args) =>
        StartUntilAsync(dataDirectory, environment, until: null, args);

    /// <summary>
    /// Starts the shop and stops it once its output contains <paramref name="until"/> (or it exits by itself); the
    /// output up to then is returned.
    /// </summary>
    public static async Task<Run> StartUntilAsync(string dataDirectory, Dictionary<string, string> environment, string? until, params string[] args)
    {
        var dll = Path.GetFullPath(Path.Combine(TestContext.CurrentContext.TestDirectory, "Shop.Web.dll"));
        var start = new ProcessStartInfo("dotnet", [dll, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = TestContext.CurrentContext.TestDirectory,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Shop__PublicUrl"] = "https://shop.example",
                ["Shop__DataDirectory"] = dataDirectory,
                ["Database__Provider"] = "Sqlite",
                ["ConnectionStrings__Shop"] = "",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        foreach (var (k, v) in environment) start.Environment[k] = v;
        using var process = Process.Start(start)!;
        var seen = new System.Text.StringBuilder();
        var found = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (seen) seen.AppendLine(e.Data);
            if (until is not null && e.Data.Contains(until)) found.TrySetResult();
        };
        process.BeginOutputReadLine();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await Task.WhenAny(process.WaitForExitAsync(deadline.Token), found.Task);
        if (found.Task.IsCompleted)
        {
            await Task.Delay(500); // the rest of a multi-line log entry
            process.Kill(entireProcessTree: true);
        }
        await process.WaitForExitAsync(deadline.Token);
        var errors = await error;
        lock (seen) return new Run(process.ExitCode, seen.ToString(), errors);
    }
}
