using System.Globalization;
using IOC.Analytics.Time;

namespace IOC.Testing;

/// <summary>
/// When an event a test posts "just now" happened, for a test that expects it in today's figures: a minute before now, but
/// never before 00:00 of now's province date, so that a run just after the province's midnight (17:00 UTC) still finds it
/// today. Never after now.
/// </summary>
public static class ProvinceToday
{
    private static readonly TimeSpan JustBefore = TimeSpan.FromMinutes(1);

    /// <summary>The instant, at the province offset, of an event posted at <paramref name="now"/>.</summary>
    public static DateTimeOffset Stamp(DateTimeOffset now)
    {
        var midnight = ProvinceTime.StartOf(ProvinceTime.DateOf(now));
        var before = now - JustBefore;
        return ProvinceTime.ToProvince(before < midnight ? midnight : before);
    }

    /// <summary>The <see cref="Stamp"/> of the real clock's now, as a source writes <c>occurredAt</c> (whole seconds).</summary>
    public static string OccurredAt() =>
        Stamp(DateTimeOffset.UtcNow).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
}
