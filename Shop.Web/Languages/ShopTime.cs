using System.Globalization;

namespace Shop.Web.Languages;

/// <summary>
/// The shop's time zone (<c>Shop:TimeZone</c>, e.g. <c>Europe/Berlin</c>; UTC when unset). The shop keeps every moment
/// in UTC; people read and type days and times in this zone: pages, mails and documents, the dashboard's days, the
/// staff's date filters and a discount's start and end. Set on each flow with its language (<see cref="ShopLanguage.Speak"/>).
/// </summary>
public static class ShopTime
{
    public const string Setting = "Shop:TimeZone";
    private static readonly AsyncLocal<TimeZoneInfo?> Current = new();

    public static TimeZoneInfo Zone => Current.Value ?? TimeZoneInfo.Utc;

    /// <summary>"UTC", or the zone's name ("Europe/Berlin"), where staff pages say which time they show.</summary>
    public static string Name => KeepsUtc ? "UTC" : Zone.Id;

    /// <summary>The shop shows UTC (no zone set): pages say so beside a time, as shoppers may live anywhere.</summary>
    public static bool KeepsUtc => IsUtc(Zone);

    /// <summary>The zone <c>Shop:TimeZone</c> names; a name the server does not know stops the shop at start.</summary>
    public static TimeZoneInfo From(IConfiguration configuration)
    {
        var name = configuration[Setting]?.Trim();
        if (string.IsNullOrEmpty(name)) return TimeZoneInfo.Utc;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(name);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new StartupFailure($"{Setting} is '{name}', which is not a time zone this server knows: use a name such as Europe/Berlin or America/New_York (the server needs its tzdata package). ({e.Message})");
        }
    }

    /// <summary>The wall-clock time of a moment in the shop's zone.</summary>
    public static DateTime Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).DateTime;

    /// <summary>The shop's day a moment falls on.</summary>
    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(Local(at));

    /// <summary>The moment a wall-clock time of the shop's zone is; an hour skipped by the clocks going forward counts as the first one after it.</summary>
    public static DateTimeOffset Moment(DateTime local)
    {
        var zone = Zone;
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(15);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The moment the shop's day starts.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => Moment(day.ToDateTime(TimeOnly.MinValue));

    /// <summary>A staff page's time stamp, in the shop's zone: "2026-12-06 03:42" (with seconds: "03:42:10").</summary>
    public static string Stamp(DateTimeOffset at, bool seconds = false) =>
        Local(at).ToString(seconds ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Uses <paramref name="zone"/> on this flow until disposed.</summary>
    internal static IDisposable Use(TimeZoneInfo zone)
    {
        var before = Current.Value;
        if (zone == (before ?? TimeZoneInfo.Utc)) return Unchanged; // every request speaks: nothing to flow in a UTC shop
        Current.Value = zone;
        return new Restore(before);
    }

    private static bool IsUtc(TimeZoneInfo zone) => zone == TimeZoneInfo.Utc || zone.Id is "UTC" or "Etc/UTC" or "Etc/Universal";

    private static readonly IDisposable Unchanged = new Restore(null, unchanged: true);

    private sealed class Restore(TimeZoneInfo? before, bool unchanged = false) : IDisposable
    {
        public void Dispose()
        {
            if (!unchanged) Current.Value = before;
        }
    }
}
