namespace Shop.Web.Operations;

/// <summary>The copy would not start (the target holds data, the source is missing or behind); nothing was written.</summary>
public sealed class DataCopyRefused(string message) : Exception(message);
