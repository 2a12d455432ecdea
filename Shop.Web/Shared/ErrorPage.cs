using Shop.Web.Data;
using StackExchange.Redis;

namespace Shop.Web.Shared;

/// <summary>What the one error page says for a status code.</summary>
public sealed record ErrorPage(int StatusCode, string RequestId)
{
    /// <summary>
    /// The status of a request that failed with <paramref name="failure"/>: the client's fault, the database or Redis
    /// away (a node started while Redis was down has no data-protection keys for its cookies and forms yet), or ours.
    /// </summary>
    public static int StatusFor(Exception? failure) =>
        failure is BadHttpRequestException bad ? bad.StatusCode
        : DatabaseUnreachable.Is(failure) || RedisUnreachable(failure) ? StatusCodes.Status503ServiceUnavailable
        : StatusCodes.Status500InternalServerError;

    private static bool RedisUnreachable(Exception? failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
            if (e is RedisConnectionException or RedisTimeoutException) return true;
        return false;
    }

    public string Title => StatusCode switch
    {
        400 => "That request didn't make sense",
        403 => "You don't have access to this page",
        404 => "We couldn't find that page",
        405 => "That isn't allowed here",
        413 => "That was too much to send",
        429 => "Too many requests",
        503 => "The shop can't take requests right now",
        _ when StatusCode >= 500 => "Something went wrong on our side",
        _ => "Something went wrong",
    };

    public string Advice => StatusCode switch
    {
        404 => "The link may be old, or the product may no longer be sold. Try the search box or browse a category.",
        403 => "Sign in with an account that has access, or go back to the shop.",
        413 => "What you sent is larger than the shop accepts. Choose a smaller file or shorten the text, and try again.",
        429 => "Please wait a few minutes and try again.",
        503 => "Nothing is wrong on your side. Please try again in a few minutes.",
        >= 500 => "We've been told about it. Please try again in a moment.",
        _ => "Please go back and try again.",
    };
}
