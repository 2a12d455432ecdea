using Microsoft.Extensions.Configuration;

namespace Shop.Web.Settings;

/// <summary>
/// The settings staff saved (<see cref="ShopSetting"/> rows), as the last configuration source: they win over
/// appsettings.json, environment variables and the command line, and a setting without a row reads from those. A saved
/// list replaces the one below it whole (lines below that it lacks are masked). Options that read the configuration
/// (<c>IOptionsMonitor</c>) follow each <see cref="Replace"/>.
/// </summary>
public sealed class SavedSettings : ConfigurationProvider, IConfigurationSource
{
    private IReadOnlyDictionary<string, string> _saved = new Dictionary<string, string>();

    IConfigurationProvider IConfigurationSource.Build(IConfigurationBuilder builder) => this;

    /// <summary>The saved values now in force, by key (a list's lines one a line).</summary>
    public IReadOnlyDictionary<string, string> Current => _saved;

    /// <summary>Puts <paramref name="saved"/> (checked values, by key) in force over <paramref name="configuration"/>'s other sources.</summary>
    public void Replace(IReadOnlyDictionary<string, string> saved, IConfigurationRoot configuration)
    {
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in saved)
        {
            if (BusinessSettings.Of(key) is not { IsList: true }) { data[key] = value; continue; }
            var lines = BusinessSetting.Lines(value);
            for (var i = 0; i < lines.Count; i++) data[ConfigurationPath.Combine(key, i.ToString(System.Globalization.CultureInfo.InvariantCulture))] = lines[i];
            // An empty line over each line below that the saved list lacks (the options drop empty lines): the file's
            // third address line cannot trail the two saved.
            foreach (var child in Below(configuration).SelectMany(p => p.GetChildKeys([], key)).Distinct(StringComparer.OrdinalIgnoreCase))
                data.TryAdd(ConfigurationPath.Combine(key, child), "");
        }
        data[StampKey] = Stamp(saved);
        _saved = saved;
        Data = data;
        OnReload();
    }

    /// <summary>What <paramref name="setting"/> reads without a saved value: from appsettings.json and what overrides it, else the shop's default.</summary>
    public string Unsaved(BusinessSetting setting, IConfigurationRoot configuration)
    {
        var below = Below(configuration).Reverse().ToList();
        string? Value(string key) => below.Select(p => p.TryGet(key, out var v) ? v : null).FirstOrDefault(v => v is not null);
        if (!setting.IsList)
            return setting.Normalize(Value(setting.Key) ?? setting.Read(new ShopOptions(), new Documents.BusinessOptions()));
        var lines = below.SelectMany(p => p.GetChildKeys([], setting.Key)).Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(ConfigurationKeyComparer.Instance).Select(child => Value(ConfigurationPath.Combine(setting.Key, child)));
        return setting.Normalize(string.Join("\n", lines));
    }

    private const string StampKey = $"{ShopOptions.Section}:{nameof(ShopOptions.SavedSettingsStamp)}";

    /// <summary>The same saved values give the same stamp on every node; none, an empty one.</summary>
    private static string Stamp(IReadOnlyDictionary<string, string> saved) => saved.Count == 0 ? "" : Convert.ToHexString(
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join("\n\n",
            saved.OrderBy(s => s.Key, StringComparer.OrdinalIgnoreCase).Select(s => $"{s.Key.ToUpperInvariant()}={s.Value}")))))[..16];

    private IEnumerable<IConfigurationProvider> Below(IConfigurationRoot configuration) => configuration.Providers.Where(p => !ReferenceEquals(p, this));
}
