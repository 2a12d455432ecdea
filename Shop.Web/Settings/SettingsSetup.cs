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

    /// <summary>
    /// Before the first request: what staff saved, from the database every node shares. A database that cannot be read
    /// yet (down, or migrations not applied) does not stop the start: the file's settings apply, and the node reads the
    /// saved ones again every few seconds until it can.
    /// </summary>
    public static async Task ReadSavedSettingsAsync(this WebApplication app)
    {
        var reader = app.Services.GetRequiredService<SavedSettingsReader>();
        if (await TryReadAsync(reader, app.Lifetime.ApplicationStopping) is not { } problem) return;
        app.Logger.LogWarning(problem, "Saved settings could not be read; the shop starts with appsettings.json's and reads them again until it can.");
        _ = Task.Run(async () =>
        {
            var stopping = app.Lifetime.ApplicationStopping;
            while (!stopping.IsCancellationRequested && await TryReadAsync(reader, stopping) is not null)
                await Task.Delay(TimeSpan.FromSeconds(5), stopping).ContinueWith(_ => { }, TaskScheduler.Default);
        });
    }

    private static async Task<Exception?> TryReadAsync(SavedSettingsReader reader, CancellationToken ct)
    {
        try
        {
            await reader.ReadAsync(ct);
            return null;
        }
        catch (Exception e) when (e is DbException or Microsoft.EntityFrameworkCore.Storage.RetryLimitExceededException or InvalidOperationException)
        {
            return e;
        }
    }
}
