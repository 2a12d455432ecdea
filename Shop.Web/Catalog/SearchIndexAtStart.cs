using Microsoft.Extensions.Options;
using Shop.Web.Shared;

namespace Shop.Web.Catalog;

/// <summary>
/// Builds the search index as the node starts (<see cref="SearchOptions.IndexAtStart"/>), apart from any request: at
/// 50,000 products the first search after a start waited seven seconds for it, and every category page with it.
/// </summary>
public sealed class SearchIndexAtStart(IndexedSearch search, IOptions<ShopOptions> options, IHostApplicationLifetime lifetime,
    ILogger<SearchIndexAtStart> log) : BackgroundWork
{
    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Search.IndexAtStart) return;
        // Once started: the node answers (health, the first pages) while it builds.
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            await started.Task.WaitAsync(stoppingToken);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            await search.PrepareAsync().WaitAsync(stoppingToken);
            log.LogInformation("Search index built in {Milliseconds} ms", clock.ElapsedMilliseconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "The search index could not be built at start; the first search builds it");
        }
    }
}
