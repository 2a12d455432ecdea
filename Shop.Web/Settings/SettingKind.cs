namespace Shop.Web.Settings;

/// <summary>What a setting holds: its value's kind decides how it is read, written and checked.</summary>
public enum SettingKind { Text, Email, Number, Lines, Days }
