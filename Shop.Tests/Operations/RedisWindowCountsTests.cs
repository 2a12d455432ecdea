using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Shop.Web.Operations;
using Shop.Web.Shared;
using StackExchange.Redis;

namespace Shop.Tests.Operations;

/// <summary>
/// The counts several nodes share (rate limits, discount-code guessing) on a real Redis: its two scripts count in a
/// window that starts with the first count, and a read says how many and how long is left. Runs where redis-server is
/// installed (CI installs it); skipped elsewhere.
/// </summary>
public class RedisWindowCountsTests
{
    private Process? _server;
    private ConnectionMultiplexer _redis = null!;
    private RedisWindowCounts _counts = null!;

    [OneTimeSetUp]
    public async Task StartRedis()
    {
        var path = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists);
        if (path is null) Assert.Ignore("redis-server is not installed here (CI installs it).");
        var port = FreePort();
        _server = Process.Start(new ProcessStartInfo(path, ["--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        var until = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                _redis = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port},abortConnect=true,connectTimeout=500");
                break;
            }
            catch (RedisConnectionException) when (DateTime.UtcNow < until)
            {
                await Task.Delay(100);
            }
        }
        _counts = new RedisWindowCounts(_redis, new RedisCircuit(TimeProvider.System, NullLogger<RedisCircuit>.Instance), new LocalWindowCounts(TimeProvider.System));
    }

    [OneTimeTearDown]
    public void StopRedis()
    {
        _redis?.Dispose();
        if (_server is { HasExited: false }) _server.Kill();
        _server?.Dispose();
    }

    [Test]
    public async Task Counts_in_a_window_that_starts_with_the_first_and_reads_what_is_left()
    {
        var key = "test:" + Guid.NewGuid().ToString("n");

        var none = await _counts.ReadAsync(key);
        var first = await _counts.AddAsync(key, TimeSpan.FromMinutes(10));
        await Task.Delay(50);
        var second = await _counts.AddAsync(key, TimeSpan.FromMinutes(10));
        var read = await _counts.ReadAsync(key);
        var counted = await _counts.CountAsync(key);

        Assert.Multiple(() =>
        {
            Assert.That(none, Is.EqualTo(default(WindowCount)), "nothing counted reads as none");
            Assert.That((first, second, counted), Is.EqualTo((1L, 2L, 2L)));
            Assert.That(read.Count, Is.EqualTo(2));
            Assert.That(read.Left, Is.GreaterThan(TimeSpan.FromMinutes(9.9)).And.LessThanOrEqualTo(TimeSpan.FromMinutes(10)),
                "the window was set by the first count, not stretched by the second");
        });
    }

    [Test]
    public async Task A_count_ends_with_its_window()
    {
        var key = "test:" + Guid.NewGuid().ToString("n");

        await _counts.AddAsync(key, TimeSpan.FromMilliseconds(200));
        await Task.Delay(400);

        var (counted, read, again) = (await _counts.CountAsync(key), await _counts.ReadAsync(key), await _counts.AddAsync(key, TimeSpan.FromMinutes(1)));

        Assert.Multiple(() =>
        {
            Assert.That(counted, Is.Zero);
            Assert.That(read, Is.EqualTo(default(WindowCount)));
            Assert.That(again, Is.EqualTo(1), "a new window starts");
        });
    }

    [Test]
    public async Task No_key_is_written_as_given()
    {
        var key = "discount-guesses-client:someone@example.com";
        await _counts.AddAsync(key, TimeSpan.FromMinutes(1));

        var keys = _redis.GetServer(_redis.GetEndPoints()[0]).Keys(pattern: "*").Select(k => k.ToString()).ToList();

        Assert.That(keys, Is.Not.Empty.And.All.Not.Contain("example.com"));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
