using Microsoft.Extensions.Hosting;
using Shop.Web.Shared;

namespace Shop.Tests.Shared;

/// <summary>Background work ends quietly when the host drops it unstopped, as after a failed start (a port taken).</summary>
public class BackgroundWorkTests
{
    private sealed class WaitsForTheStop : BackgroundWork
    {
        public TaskCompletionSource Running { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override Task RunAsync(CancellationToken stoppingToken)
        {
            Running.SetResult();
            return Task.Delay(Timeout.Infinite, stoppingToken);
        }
    }

    [Test]
    public async Task Disposed_without_a_stop_the_work_ends_without_a_failure_for_the_host_to_log()
    {
        var work = new WaitsForTheStop();
        await work.StartAsync(CancellationToken.None);
        await work.Running.Task.WaitAsync(TimeSpan.FromSeconds(10));

        work.Dispose(); // what the host does to services it started when a later one failed to start

        await Task.WhenAny(work.ExecuteTask!, Task.Delay(TimeSpan.FromSeconds(10)));
        Assert.That(work.ExecuteTask!.Status, Is.EqualTo(TaskStatus.RanToCompletion));
    }

    [Test]
    public void Every_background_service_of_the_shop_is_background_work()
    {
        var services = typeof(Program).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(BackgroundService).IsAssignableFrom(t)).ToList();
        Assert.That(services, Is.Not.Empty);
        Assert.That(services.Where(t => !t.IsSubclassOf(typeof(BackgroundWork))), Is.Empty);
    }
}
