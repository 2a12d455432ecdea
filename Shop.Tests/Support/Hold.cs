namespace Shop.Tests.Support;

/// <summary>
/// Stops the first caller at a point inside the app until the test lets it go, so a test can make two requests meet
/// exactly where it wants them to (no sleeps). Arm it, start the request, await <see cref="Reached"/>, do the other
/// thing, then <see cref="Release"/>. Each <see cref="Arm"/> holds one caller.
/// </summary>
public sealed class Hold
{
    private sealed record Armed(TaskCompletionSource Reached, TaskCompletionSource Released);

    private Armed? _armed;
    private Armed _last = New();

    private static Armed New() => new(new(TaskCreationOptions.RunContinuationsAsynchronously), new(TaskCreationOptions.RunContinuationsAsynchronously));

    public void Arm()
    {
        _last = New();
        Volatile.Write(ref _armed, _last);
    }

    /// <summary>Called by the app's side: the first caller after <see cref="Arm"/> waits for <see cref="Release"/>; others pass.</summary>
    public async Task PassAsync()
    {
        if (Interlocked.Exchange(ref _armed, null) is not { } armed) return;
        armed.Reached.TrySetResult();
        await armed.Released.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public Task Reached => _last.Reached.Task.WaitAsync(TimeSpan.FromSeconds(30));

    public void Release() => _last.Released.TrySetResult();
}
