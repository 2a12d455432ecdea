using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using Shop.Web.Payments.Braintree;
using Shop.Web.Shared;
using StackExchange.Redis;

namespace Shop.Web.Operations;

/// <summary>
/// One node keeps caches in memory and its data-protection keys in the data folder. With Redis:Configuration set,
/// several nodes share Redis for the distributed cache, the output cache, the data-protection keys (a cookie
/// issued by one node is accepted by another), cache-eviction signals, the counts that guard sign-in and mail
/// (<see cref="IWindowCounts"/>) and the SignalR backplane (a sale on one node updates pages connected to another).
/// Configuration only, no code fork.
/// </summary>
public static class ScaleOutSetup
{
    public static IServiceCollection AddScaleOut(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // AES-256-GCM (the platform's AesGcm) instead of the default CBC + HMAC, which is computed in managed code on
        // Linux: every anonymous product page protects two antiforgery tokens, and that was half of its CPU time.
        // Keys made before keep their own algorithm until they expire, so cookies already issued stay valid.
        var dataProtection = services.AddDataProtection().SetApplicationName("Shop")
            .UseCryptographicAlgorithms(new AuthenticatedEncryptorConfiguration { EncryptionAlgorithm = EncryptionAlgorithm.AES_256_GCM });
        ProtectKeysAtRest(dataProtection, configuration);
        var redisConfiguration = configuration["Redis:Configuration"];
        if (string.IsNullOrWhiteSpace(redisConfiguration))
        {
            var keys = Path.Combine(ShopConfiguration.DataDirectory(configuration, environment), "keys");
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keys));
            services.AddDistributedMemoryCache();
            services.AddSingleton<IClusterSignal, LocalClusterSignal>();
            services.AddSingleton<IWindowCounts, LocalWindowCounts>();
            return services;
        }

        var options = ConfigurationOptions.Parse(redisConfiguration);
        options.AbortOnConnectFail = false; // start even if Redis is briefly away; readiness reports it
        // One try at start (unless configured): the connection keeps trying on its own, so the default three only
        // held a start 15 s longer while Redis hung.
        if (!redisConfiguration.Contains("connectRetry", StringComparison.OrdinalIgnoreCase)) options.ConnectRetry = 1;
        var redis = ConnectionMultiplexer.Connect(options);
        services.AddSingleton<IConnectionMultiplexer>(redis);
        dataProtection.PersistKeysToStackExchangeRedis(redis, "shop:data-protection-keys");
        services.AddSingleton<RedisCircuit>();
        services.AddSingleton<IDistributedCache>(sp => new GuardedDistributedCache(
            new RedisCache(Options.Create(new RedisCacheOptions
            {
                ConnectionMultiplexerFactory = () => Task.FromResult<IConnectionMultiplexer>(redis),
                InstanceName = "shop:cache:",
            })),
            sp.GetRequiredService<RedisCircuit>()));
        // The output cache is looked up only under a catalog version just read through the circuit (CatalogPageCachePolicy).
        services.AddStackExchangeRedisOutputCache(o =>
        {
            o.ConnectionMultiplexerFactory = () => Task.FromResult<IConnectionMultiplexer>(redis);
            o.InstanceName = "shop:output:";
        });
        services.AddSignalR().AddStackExchangeRedis(o =>
        {
            // Its own connection: the caches close the shared one when the shop stops, and the backplane unsubscribes
            // after that (on the shared one, an ObjectDisposedException that aborted every node at shutdown).
            o.Configuration = options.Clone();
            o.Configuration.ChannelPrefix = RedisChannel.Literal("shop:live");
        });
        services.AddSingleton<IClusterSignal, RedisClusterSignal>();
        services.AddSingleton<LocalWindowCounts>();
        services.AddSingleton<IWindowCounts, RedisWindowCounts>();
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: [OperationsSetup.ReadyTag]);
        return services;
    }

    /// <summary>
    /// Several nodes (Redis set) without Braintree keys: the simulated gateway keeps its payments in each node's memory,
    /// so say so at start, or a "Transaction not found" on another node looks like a bug.
    /// </summary>
    public static WebApplication WarnOfSimulatedPaymentsPerNode(this WebApplication app)
    {
        var braintree = app.Configuration.GetSection(BraintreeOptions.Section).Get<BraintreeOptions>() ?? new BraintreeOptions();
        if (string.IsNullOrWhiteSpace(app.Configuration["Redis:Configuration"]) || braintree.HasKeys) return app;
        app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ScaleOutSetup)).LogWarning(
            "Redis is set (several nodes) but there are no Braintree keys: each node runs its own simulated gateway, which knows only the " +
            "payments taken on that node. Cancelling or refunding on another node fails with \"Transaction not found\", and a node's " +
            "payment reconciler cannot see another node's charges. Use Braintree sandbox keys to test several nodes.");
        return app;
    }

    /// <summary>
    /// Keys are encrypted at rest with the certificate of DataProtection:CertificatePath (a .pfx; its password in
    /// DataProtection:CertificatePassword, a secret), else with DPAPI where Windows offers it. Microsoft recommends an
    /// explicit encryptor for production, so without one its "No XML encryptor configured" warning stays there; in
    /// Development, unencrypted keys in the data folder are fine and the warning is not the developer's business
    /// (<see cref="StartupSummary.QuietStartInDevelopment"/> quiets it).
    /// </summary>
    private static void ProtectKeysAtRest(IDataProtectionBuilder dataProtection, IConfiguration configuration)
    {
        if (configuration["DataProtection:CertificatePath"] is { Length: > 0 } path)
            dataProtection.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(path, configuration["DataProtection:CertificatePassword"]));
        else if (OperatingSystem.IsWindows()) dataProtection.ProtectKeysWithDpapi();
    }
}
