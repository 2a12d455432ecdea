using System.Globalization;

namespace Shop.Web.Shared;

/// <summary>
/// The Retry-After header of every refusal that says how long to wait: whole seconds, rounded up, so a client that
/// waits the number it was told is let in.
/// </summary>
public static class RetryAfter
{
    public static long Seconds(TimeSpan wait) => Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds));

    public static void Set(HttpResponse response, TimeSpan wait) =>
        response.Headers.RetryAfter = Seconds(wait).ToString(CultureInfo.InvariantCulture);
}
