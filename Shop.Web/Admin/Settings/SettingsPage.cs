namespace Shop.Web.Admin.Settings;

/// <summary>The settings page: the form, and for each setting saved here what emptying its field goes back to (by key).</summary>
public sealed record SettingsPage(SettingsForm Form, IReadOnlyDictionary<string, string> SavedOver);
