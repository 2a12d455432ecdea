using System.Data.Common;
using Microsoft.Extensions.Options;
using Shop.Web.Documents;

namespace Shop.Web.Settings;

public static class SettingsSetup
{
    /// <summary>
    /// The saved settings as the configuration's last source (what staff saved wins), and the options they feed made to
    /// follow each change: <c>IOptions&lt;ShopOptions&gt;</c> and <c>IOptions&lt;BusinessOptions&gt;</c> read the monitor.
    /// </summary>
    public static void AddSavedSettings(this WebApplicationBuilder builder)
    {
        var saved = new SavedSettings();
        ((IConfigurationBuilder)builder.Configuration).Add(saved);
        builder.Services.AddSingleton(saved);
        builder.Services.AddSingleton<SavedSettingsReader>();
        builder.Services.AddSingleton<IOptions<ShopOptions>>(sp => new CurrentOptions<ShopOptions>(sp.GetRequiredService<IOptionsMonitor<ShopOptions>>()));
        builder.Services.AddSingleton<IOptions<BusinessOptions>>(sp => new CurrentOptions<BusinessOptions>(sp.GetRequiredService<IOptionsMonitor<BusinessOptions>>()));
        // A saved list masks the lines below it that it lacks with empty ones (SavedSettings.Replace); the binder keeps those.
        builder.Services.PostConfigure<BusinessOptions>(b => b.Address.RemoveAll(string.IsNullOrWhiteSpace));
        builder.Services.PostConfigure<ShopOptions>(s => s.Shipping.Holidays.RemoveAll(string.IsNullOrWhiteSpace));
    }

    /// <summary>How often a node checks whether it missed a save (<see cref="SavedSettingsReader.CatchUpAsync"/>).</summary>
    public static readonly TimeSpan CatchUpEvery = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Before the first request: what staff saved, from the database every node shares. A database that cannot be read
    /// yet (down, or migrations not applied) does not stop the start: the file's settings apply. From then on the node
    /// catches up every few seconds: with a save whose message it missed, or with the table it could not read.
    /// </summary>
    public static async Task ReadSavedSettingsAsync(this WebApplication app)
    {
        var reader = app.Services.GetRequiredService<SavedSettingsReader>();
        if (await TryAsync(reader.ReadAsync, app.Lifetime.ApplicationStopping) is { } problem)
            app.Logger.LogWarning(problem, "Saved settings could not be read; the shop starts with appsettings.json's and reads them again until it can.");
        _ = Task.Run(async () =>
        {
            var stopping = app.Lifetime.ApplicationStopping;
            while (!stopping.IsCancellationRequested)
            {
                await Task.Delay(CatchUpEvery, stopping).ContinueWith(_ => { }, TaskScheduler.Default);
                try
                {
                    if (!stopping.IsCancellationRequested) await TryAsync(reader.CatchUpAsync, stopping);
                }
                catch (Exception e) when (!stopping.IsCancellationRequested)
                {
                    app.Logger.LogWarning(e, "Checking for settings saved on another node failed; the node tries again in {Seconds} s.", CatchUpEvery.TotalSeconds);
                }
            }
        });
    }

    private static async Task<Exception?> TryAsync(Func<CancellationToken, Task> read, CancellationToken ct)
    {
        try
        {
            await read(ct);
            return null;
        }
        catch (Exception e) when (e is DbException or Microsoft.EntityFrameworkCore.Storage.RetryLimitExceededException or InvalidOperationException)
        {
            return e;
        }
    }
}
