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
    public static async Task<Run> RunAsync(string dataDirectory, params string[] args)
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
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(deadline.Token);
        return new Run(process.ExitCode, await output, await error);
    }
}
