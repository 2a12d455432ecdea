namespace Shop.Web.Operations;

/// <summary>One node: signals and their counts stay in this process.</summary>
public sealed class LocalClusterSignal : IClusterSignal
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<Action>> _handlers = [];
    private readonly Dictionary<string, long> _counts = [];

    public Task PublishAsync(string signal)
    {
        Action[] handlers;
        lock (_gate)
        {
            _counts[signal] = _counts.GetValueOrDefault(signal) + 1;
            handlers = _handlers.TryGetValue(signal, out var list) ? [.. list] : [];
        }
        foreach (var h in handlers) h();
        return Task.CompletedTask;
    }

    public void Subscribe(string signal, Action handler)
    {
        lock (_gate)
        {
            if (!_handlers.TryGetValue(signal, out var list)) _handlers[signal] = list = [];
            list.Add(handler);
        }
    }

    public ValueTask<long?> CountAsync(string signal)
    {
        lock (_gate) return ValueTask.FromResult<long?>(_counts.GetValueOrDefault(signal));
    }
}
