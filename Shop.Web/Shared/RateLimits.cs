using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Shop.Web.Shared;

/// <summary>
/// Per-client-address limits on the endpoints attackers and bots hammer: sign-in, registration, password reset,
/// checkout and the payment webhook. Over the limit a person gets the friendly 429 page; limits are configurable
/// under RateLimits:{Policy}:PermitLimit / WindowSeconds.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "signin";
    public const string Register = "register";
    public const string PasswordReset = "passwordreset";
    public const string Checkout = "checkout";
    public const string Webhook = "webhook";

    private static readonly (string Name, int Permits, int WindowSeconds)[] Defaults =
    [
        (SignIn, 10, 60),
        (Register, 5, 300),
        (PasswordReset, 5, 300),
        (Checkout, 20, 60),
        (Webhook, 120, 60),
    ];

    public static IServiceCollection AddShopRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)retry.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask; // an empty 429: the status code pages show the friendly page
            };
            foreach (var (name, permits, window) in Defaults)
            {
                var section = configuration.GetSection($"RateLimits:{name}");
                var limit = section.GetValue("PermitLimit", permits);
                var seconds = section.GetValue("WindowSeconds", window);
                o.AddPolicy(name, http => RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limit,
                        Window = TimeSpan.FromSeconds(seconds),
                        QueueLimit = 0,
                    }));
            }
        });
        return services;
    }
}
