using Microsoft.Extensions.Configuration;
using Shop.Web;
using Shop.Web.Languages;

namespace Shop.Tests.Languages;

/// <summary>The shop's time zone: moments kept in UTC, days and times read and typed in the zone (<c>Shop:TimeZone</c>).</summary>
public class ShopTimeTests
{
    private static readonly ShopLanguages Berlin = new(["de", "en"], TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));

    [Test]
    public void A_moment_late_in_the_UTC_evening_is_the_next_day_in_Berlin()
    {
        var at = new DateTimeOffset(2026, 11, 2, 23, 30, 0, TimeSpan.Zero);
        using (Berlin.Default.Speak())
        {
            Assert.Multiple(() =>
            {
                Assert.That(ShopTime.DayOf(at), Is.EqualTo(new DateOnly(2026, 11, 3)));
                Assert.That(ShopTime.Stamp(at), Is.EqualTo("2026-11-03 00:30"));
                Assert.That(ShopText.DayAndTime(at), Is.EqualTo("3. Nov. 2026 00:30"));
                Assert.That(ShopTime.Name, Is.EqualTo("Europe/Berlin"));
                Assert.That(ShopTime.KeepsUtc, Is.False);
            });
        }
        Assert.Multiple(() =>
        {
            Assert.That(ShopTime.DayOf(at), Is.EqualTo(new DateOnly(2026, 11, 2)), "outside, UTC again");
            Assert.That(ShopTime.Name, Is.EqualTo("UTC"));
        });
    }

    [Test]
    public void A_day_starts_at_the_zones_midnight_in_winter_and_in_summer()
    {
        using var _ = Berlin.Default.Speak();
        Assert.Multiple(() =>
        {
            Assert.That(ShopTime.StartOf(new DateOnly(2026, 12, 7)), Is.EqualTo(new DateTimeOffset(2026, 12, 6, 23, 0, 0, TimeSpan.Zero)));
            Assert.That(ShopTime.StartOf(new DateOnly(2026, 7, 1)), Is.EqualTo(new DateTimeOffset(2026, 6, 30, 22, 0, 0, TimeSpan.Zero)));
        });
    }

    [Test]
    public void A_time_the_clocks_skip_counts_as_the_first_one_after_it()
    {
        using var _ = Berlin.Default.Speak();
        // 29 March 2026: Berlin's clocks go from 02:00 to 03:00; 02:30 never happens.
        Assert.That(ShopTime.Moment(new DateTime(2026, 3, 29, 2, 30, 0)), Is.EqualTo(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void Without_a_zone_the_shop_keeps_UTC()
    {
        using var _ = new ShopLanguages(["en"]).Default.Speak();
        var at = new DateTimeOffset(2026, 11, 2, 23, 30, 0, TimeSpan.Zero);
        Assert.Multiple(() =>
        {
            Assert.That(ShopTime.DayOf(at), Is.EqualTo(new DateOnly(2026, 11, 2)));
            Assert.That(ShopTime.KeepsUtc, Is.True);
            Assert.That(ShopTime.From(new ConfigurationBuilder().Build()), Is.EqualTo(TimeZoneInfo.Utc));
        });
    }

    [Test]
    public void A_zone_the_server_does_not_know_stops_the_start_naming_the_setting()
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection([new(ShopTime.Setting, "Europe/Atlantis")]).Build();

        var error = Assert.Throws<StartupFailure>(() => ShopTime.From(settings));

        Assert.That(error!.Message, Does.StartWith("Shop:TimeZone is 'Europe/Atlantis', which is not a time zone this server knows"));
    }
}
