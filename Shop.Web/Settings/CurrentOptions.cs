using Microsoft.Extensions.Options;

namespace Shop.Web.Settings;

/// <summary>
/// <c>IOptions&lt;T&gt;</c> that follows the configuration (saved settings): each read is the monitor's current value, a
/// cached field until the configuration changes, so it stays cheap on hot paths.
/// </summary>
public sealed class CurrentOptions<T>(IOptionsMonitor<T> monitor) : IOptions<T> where T : class
{
    public T Value => monitor.CurrentValue;
}
