using Microsoft.EntityFrameworkCore;
using Shop.Web.Data;
using Shop.Web.Operations;

namespace Shop.Web.Settings;

/// <summary>
/// Reads the saved settings from their table into <see cref="SavedSettings"/>: at start, after this node saved, when
/// another node says it saved (<see cref="IClusterSignal"/>), and when the count of saves moved past the one this node
/// last read (<see cref="CatchUpAsync"/>: a message lost in a Redis blip). A row whose value breaks its rule is left
/// out with a warning, so a bad row never stops the shop; the value below it (appsettings.json) applies.
/// </summary>
public sealed class SavedSettingsReader
{
    public const string ChangedSignal = "settings-changed";
    private readonly SavedSettings _saved;
    private readonly IConfigurationRoot _configuration;
    private readonly IServiceScopeFactory _scopes;
    private readonly IClusterSignal _signal;
    private readonly ILogger<SavedSettingsReader> _log;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private long? _readAtCount; // the cluster's count of saves when this node last read the table; null: unknown

    public SavedSettingsReader(SavedSettings saved, IConfiguration configuration, IServiceScopeFactory scopes, IClusterSignal signal, ILogger<SavedSettingsReader> log)
    {
        (_saved, _configuration, _scopes, _signal, _log) = (saved, (IConfigurationRoot)configuration, scopes, signal, log);
        signal.Subscribe(ChangedSignal, () => _ = ReadOnSignalAsync());
    }

    /// <summary>Reads every saved row and puts the usable ones in force.</summary>
    public async Task ReadAsync(CancellationToken ct)
    {
        await _oneAtATime.WaitAsync(ct);
        try
        {
            // Counted before the rows are read: a save that comes in between is read again at the next catch-up.
            var count = await _signal.CountAsync(ChangedSignal);
            await using var scope = _scopes.CreateAsyncScope();
            var rows = await scope.ServiceProvider.GetRequiredService<ShopDbContext>().ShopSettings.AsNoTracking().ToListAsync(ct);
            _saved.Replace(Usable(rows), _configuration);
            _readAtCount = count;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>Reads the table again when a save was counted since this node last read it, or when that is not known.</summary>
    public async Task CatchUpAsync(CancellationToken ct)
    {
        if (_readAtCount is { } read && await _signal.CountAsync(ChangedSignal) == read) return;
        await ReadAsync(ct);
    }

    /// <summary>After this node saved: in force here at once, then on every other node.</summary>
    public async Task SavedAsync(CancellationToken ct)
    {
        await ReadAsync(ct);
        await _signal.PublishAsync(ChangedSignal);
    }

    private Dictionary<string, string> Usable(IEnumerable<ShopSetting> rows)
    {
        var usable = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var setting = BusinessSettings.Of(row.Key);
            var value = setting?.Normalize(row.Value) ?? "";
            var problem = setting is null ? "not a setting staff can change" : setting.Problem(value);
            if (problem is not null)
                _log.LogWarning("The saved setting {Key} is left out ({Problem}); the value from appsettings.json applies until staff save it again on /admin/settings.",
                    row.Key, problem);
            else if (value.Length > 0) usable[setting!.Key] = value;
        }
        string Effective(BusinessSetting s) => usable.TryGetValue(s.Key, out var v) ? v : _saved.Unsaved(s, _configuration);
        if ((usable.ContainsKey(BusinessSettings.StandardDays.Key) || usable.ContainsKey(BusinessSettings.ExpressDays.Key))
            && !BusinessSettings.DeliveryFits(Effective(BusinessSettings.StandardDays), Effective(BusinessSettings.ExpressDays)))
        {
            _log.LogWarning("The saved delivery days are left out: express would take longer than standard; the values from appsettings.json apply.");
            usable.Remove(BusinessSettings.StandardDays.Key);
            usable.Remove(BusinessSettings.ExpressDays.Key);
        }
        return usable;
    }

    private async Task ReadOnSignalAsync()
    {
        try
        {
            await ReadAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            _log.LogError(e, "Settings saved on another node could not be read; this node keeps the ones it has until the next save or restart.");
        }
    }
}
