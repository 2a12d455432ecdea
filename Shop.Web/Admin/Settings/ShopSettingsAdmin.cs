using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Web.Admin.Audit;
using Shop.Web.Data;
using Shop.Web.Documents;
using Shop.Web.Settings;

namespace Shop.Web.Admin.Settings;

/// <summary>
/// Reads and saves the business settings of <c>/admin/settings</c>. A field emptied, or set to what appsettings.json
/// gives, keeps no row (the file's value applies); any other value is saved and wins. Every node reads the saved rows
/// again after a save (<see cref="SavedSettingsReader"/>).
/// </summary>
public sealed class ShopSettingsAdmin(ShopDbContext db, SavedSettings saved, SavedSettingsReader reader, IConfiguration configuration,
    IOptionsMonitor<ShopOptions> shop, IOptionsMonitor<BusinessOptions> business, AuditTrail audit, TimeProvider clock)
{
    public const string EntityType = "Settings";
    private IConfigurationRoot Configuration => (IConfigurationRoot)configuration;

    /// <summary>What each setting reads now, as the form shows it.</summary>
    public string Current(BusinessSetting setting) => setting.Normalize(setting.Read(shop.CurrentValue, business.CurrentValue));

    public SettingsPage Page(SettingsForm form) => new(form, saved.Current.Keys
        .Select(BusinessSettings.Of).OfType<BusinessSetting>()
        .ToDictionary(s => s.Key, s => saved.Unsaved(s, Configuration)));

    /// <summary>
    /// The form with what is in force, read from the table first: a save on another node may not have reached this one
    /// yet (its message comes by Redis), and the admin who just saved there may land here.
    /// </summary>
    public async Task<SettingsPage> PageAsync(CancellationToken ct)
    {
        await reader.ReadAsync(ct);
        return Page(SettingsForm.Of(Current));
    }

    /// <summary>
    /// Saves the form (checked), records what changed in the audit log, and puts it in force on every node. Returns the
    /// keys whose value changed; null when another save of the same settings came in at the same moment (nothing saved).
    /// </summary>
    public async Task<IReadOnlyList<string>?> SaveAsync(SettingsForm form, StaffMember by, CancellationToken ct)
    {
        await reader.ReadAsync(ct); // what the audit calls the old values is what is saved, not what this node last heard
        var rows = await db.ShopSettings.ToDictionaryAsync(r => r.Key, StringComparer.OrdinalIgnoreCase, ct);
        var now = clock.GetUtcNow();
        var (before, after) = (new Dictionary<string, string>(), new Dictionary<string, string>());
        foreach (var (setting, typed) in form.Typed())
        {
            var value = setting.Normalize(typed);
            var unsaved = saved.Unsaved(setting, Configuration);
            var keep = value.Length > 0 && value != unsaved;
            rows.TryGetValue(setting.Key, out var row);
            if (keep && row is null) db.Add(new ShopSetting(setting.Key, value, now, by.Email));
            else if (keep && row!.Value != value) row.Change(value, now, by.Email);
            else if (!keep && row is not null) db.Remove(row);

            var (was, becomes) = (Current(setting), keep ? value : unsaved);
            if (was != becomes) (before[setting.Key], after[setting.Key]) = (was, becomes);
        }
        if (after.Count > 0) audit.Record(by, EntityType, "Shop", "Edited", before, after);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return null;
        }
        await reader.SavedAsync(ct);
        return after.Keys.ToList();
    }
}
