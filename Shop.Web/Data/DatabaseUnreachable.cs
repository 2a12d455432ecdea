using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace Shop.Web.Data;

/// <summary>
/// The database could not be reached, or kept failing in a way worth retrying (down, restarting, out of connections),
/// after the shop's few retries: a request that meets it is answered 503, "try again in a few minutes", not as a bug.
/// </summary>
public static class DatabaseUnreachable
{
    /// <summary>Retries of a failed connection or deadlock: a database that is down is reported within seconds, not a minute.</summary>
    public const int Retries = 3;

    public static readonly TimeSpan LongestRetryDelay = TimeSpan.FromSeconds(1);

    public static bool Is(Exception? failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
            if (e is RetryLimitExceededException or DbException { IsTransient: true }) return true;
        return false;
    }
}
