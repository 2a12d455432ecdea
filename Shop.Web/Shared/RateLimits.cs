using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Shop.Web.Shared;

/// <summary>
/// Per-client-address limits on the endpoints attackers and bots hammer: sign-in, registration, password reset,
/// checkout, the payment webhook and back-in-stock, and discount codes (<see cref="ClientLimits"/>, answered on the cart
/// page). Over the limit a person gets the friendly 429 page; limits are configurable
/// under RateLimits:{Policy}:PermitLimit / WindowSeconds.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "signin";
    public const string Register = "register";
    public const string PasswordReset = "passwordreset";
    public const string Checkout = "checkout";
    public const string Webhook = "webhook";
    public const string BackInStock = "backinstock";
    public const string DiscountCode = "discountcode";

    private static readonly (string Name, int Permits, int WindowSeconds)[] Defaults =
    [
        (SignIn, 10, 60),
        (Register, 5, 300),
        (PasswordReset, 5, 300),
        (Checkout, 20, 60),
        (Webhook, 120, 60),
        (BackInStock, 10, 300),
    ];

    /// <summary>Taken by their endpoint (<see cref="ClientLimits"/>), which answers on its own page: the cart's discount code.</summary>
    private static readonly (string Name, int Permits, int WindowSeconds)[] TakenByTheirEndpoint =
    [
        (DiscountCode, 10, 60),
    ];

    public static IServiceCollection AddShopRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                    RetryAfter.Set(context.HttpContext.Response, retry);
                return ValueTask.CompletedTask; // an empty 429: the status code pages show the friendly page
            };
            // Endpoints marked [ServedInTurn] share one queue per node: a few requests at a time, the rest wait in
            // arrival order (see ServedInTurnAttribute).
            var inTurn = configuration.GetSection("RateLimits:inturn");
            var atOnce = TurnQueue.AtOnce(configuration);
            // Room for a sale of ten thousand shoppers on one node: each waits for a definite answer, none is told to try again.
            var waiting = inTurn.GetValue("QueueLimit", 20_000);
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                IsServedInTurn(http) && KnownWithoutTurn(http) is null
                    ? RateLimitPartition.GetConcurrencyLimiter("inturn", _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = atOnce,
                        QueueLimit = waiting,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    })
                    : RateLimitPartition.GetNoLimiter(""));
            foreach (var (name, permits, window) in Defaults)
            {
                var (limit, seconds) = Configured(configuration, name, permits, window);
                o.AddPolicy(name, http => PerClient(http, limit, seconds));
            }
        });
        services.AddSingleton(new ClientLimits(TakenByTheirEndpoint.ToDictionary(p => p.Name, p =>
        {
            var (limit, seconds) = Configured(configuration, p.Name, p.Permits, p.WindowSeconds);
            return PartitionedRateLimiter.Create<HttpContext, string>(http => PerClient(http, limit, seconds));
        })));
        services.AddSingleton<TurnQueue>();
        return services;
    }

    private static (int Limit, int Seconds) Configured(IConfiguration configuration, string name, int permits, int window)
    {
        var section = configuration.GetSection($"RateLimits:{name}");
        return (section.GetValue("PermitLimit", permits), section.GetValue("WindowSeconds", window));
    }

    /// <summary>The client address the limits count by (the forwarded one from known proxies).</summary>
    public static string ClientOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>
    /// The client's network for the long counts: an IPv4 address, or an IPv6 address's /64 (one household or server
    /// holds a whole /64, so its addresses are one client).
    /// </summary>
    public static string ClientNetworkOf(HttpContext http)
    {
        if (http.Connection.RemoteIpAddress is not { } address) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new System.Net.IPAddress(bytes) + "/64";
    }

    private static RateLimitPartition<string> PerClient(HttpContext http, int limit, int seconds) => RateLimitPartition.GetFixedWindowLimiter(
        ClientOf(http),
        _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit,
            Window = TimeSpan.FromSeconds(seconds),
            QueueLimit = 0,
        });

    /// <summary>
    /// The limits, before sign-in and everything personal (a request waiting in the Pay queue holds little), then the
    /// answers known without a turn.
    /// </summary>
    public static IApplicationBuilder UseShopRateLimits(this IApplicationBuilder app)
    {
        // A request that may wait its turn is counted (TurnQueue: mail waits while shoppers do) and reads its (small) form
        // first: waiting, it then holds a few strings instead of the 4 KB receive buffer its unread body pinned (10,000
        // shoppers waiting: ~20 MB less at the peak; bench/README.md).
        app.Use((http, next) => IsServedInTurn(http) ? InTurnAsync(http, next) : next(http));
        app.UseRateLimiter();
        return app.Use((http, next) => IsServedInTurn(http) && KnownWithoutTurn(http) is { } known ? AnsweredOrNextAsync(known, http, next) : next(http));
    }

    private static async Task AnsweredOrNextAsync(IAnsweredWithoutTurn known, HttpContext http, RequestDelegate next)
    {
        if (!await known.TryAnswerAsync(http)) await next(http);
    }

    private static async Task InTurnAsync(HttpContext http, RequestDelegate next)
    {
        using var open = http.RequestServices.GetRequiredService<TurnQueue>().Enter();
        if (http.Request.HasFormContentType)
        {
            try
            {
                await http.Request.ReadFormAsync(http.RequestAborted);
            }
            catch (Exception e) when (UnreadableFormFilter.StatusOf(e, http) is { } status)
            {
                http.Response.StatusCode = status; // empty: the status code pages show the shop's page, as for any unreadable form
                return;
            }
        }
        await next(http);
    }

    private static bool IsServedInTurn(HttpContext http) => http.GetEndpoint()?.Metadata.GetMetadata<ServedInTurnAttribute>() is not null;

    /// <summary>What may answer this request without a turn, if its answer may already be known.</summary>
    private static IAnsweredWithoutTurn? KnownWithoutTurn(HttpContext http) =>
        http.RequestServices.GetService<IAnsweredWithoutTurn>() is { } known && known.IsKnown(http) ? known : null;
}

/// <summary>
/// The request is served a few at a time on this node (RateLimits:inturn:AtOnce, <see cref="TurnQueue.AtOnce"/>); the
/// rest wait their turn in arrival order (up to RateLimits:inturn:QueueLimit, then 429). For the payment step of a
/// flash sale: a thousand Pay presses served all side by side fight over the database's write lock, its connections and
/// the processors, and all finish late; in turn, each finishes quickly and the queue moves.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class ServedInTurnAttribute : Attribute;

/// <summary>
/// A request for a [ServedInTurn] endpoint whose answer this node may already know without the work the turn guards
/// (a Pay for something sold out) takes no place in the queue, and is answered right after it (<see cref="RateLimits.UseShopRateLimits"/>).
/// </summary>
public interface IAnsweredWithoutTurn
{
    /// <summary>Whether the answer may be known. Asked before the request body is read: the URL only, and quick.</summary>
    bool IsKnown(HttpContext http);

    /// <summary>Answers the request when its answer is known; false lets it go on to its endpoint.</summary>
    Task<bool> TryAnswerAsync(HttpContext http);
}
