namespace Shop.Web.Operations;

/// <summary>A Redis call on a page's path was not made or not answered (<see cref="RedisCircuit"/>): work without Redis.</summary>
public sealed class RedisUnavailableException(Exception? cause)
    : Exception(cause is null ? "Redis failed a moment ago; it is not asked again yet." : "Redis failed or did not answer in time.", cause);
