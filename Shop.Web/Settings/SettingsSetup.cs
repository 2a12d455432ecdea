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

    /// <summary>Before the first request: what staff saved, from the database every node shares.</summary>
    public static async Task ReadSavedSettingsAsync(this WebApplication app)
    {
        try
        {
            await app.Services.GetRequiredService<SavedSettingsReader>().ReadAsync(app.Lifetime.ApplicationStopping);
        }
        catch (DbException e)
        {
            // Migrations not applied yet (Database:MigrateOnStartup=false): the file's settings until the next save.
            app.Logger.LogWarning(e, "Saved settings could not be read; the shop starts with appsettings.json's.");
        }
    }
}
